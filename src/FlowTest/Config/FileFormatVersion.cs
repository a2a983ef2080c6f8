namespace FlowTest.Config;

/// <summary>The <c>version</c> key shared by flowtest.yaml and flows.yaml.</summary>
internal static class FileFormatVersion
{
    public const int Current = 1;

    /// <summary>Reads <c>version</c>; any version other than <see cref="Current"/> is read as if it were current, with a warning.</summary>
    public static int Read(YamlMappingReader root)
    {
        var version = root.Int("version", Current, 1);
        if (version != Current)
        {
            root.Report.Warning(
                ConfigDiagnosticCodes.UnsupportedVersion,
                root.Find("version"),
                "version",
                "version " + version + " is not known to this FlowTest, which reads version " + Current
                + "; the file is read as version " + Current + " (update FlowTest or set 'version: 1')");
        }

        return version;
    }
}
