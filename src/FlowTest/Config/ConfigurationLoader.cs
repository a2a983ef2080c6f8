using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using YamlDotNet.Core;

namespace FlowTest.Config;

/// <summary>
/// Reads <c>&lt;root&gt;/flowtest.yaml</c> and <c>&lt;root&gt;/flows.yaml</c> when they exist, then
/// applies the environment overrides. Precedence, lowest first: built-in defaults, the files,
/// <c>FLOWTEST_*</c> variables. Never throws: an unreadable file is a diagnostic and its
/// settings keep their defaults.
/// </summary>
internal static class ConfigurationLoader
{
    public const string ConfigFileName = "flowtest.yaml";

    public const string CatalogFileName = "flows.yaml";

    public static LoadedConfiguration Load(string artifactsRoot, Func<string, string?> getVariable)
    {
        var diagnostics = new List<ConfigDiagnostic>();
        var filesRead = new List<string>();
        var config = FlowTestConfig.Default;
        var catalog = FlowCatalog.Empty;

        if (!string.IsNullOrEmpty(artifactsRoot))
        {
            var configFile = ReadIfPresent(artifactsRoot, ConfigFileName, diagnostics);
            if (configFile is not null)
            {
                filesRead.Add(configFile.Value.Path);
                var parsed = FlowTestConfigParser.Parse(configFile.Value.Text, configFile.Value.Path);
                config = parsed.Value;
                diagnostics.AddRange(parsed.Diagnostics);
            }

            var catalogFile = ReadIfPresent(artifactsRoot, CatalogFileName, diagnostics);
            if (catalogFile is not null)
            {
                filesRead.Add(catalogFile.Value.Path);
                var parsed = FlowCatalogParser.Parse(catalogFile.Value.Text, catalogFile.Value.Path);
                catalog = parsed.Value;
                diagnostics.AddRange(parsed.Diagnostics);
            }
        }

        config = EnvironmentOverrides.Apply(config, getVariable, diagnostics);
        return new LoadedConfiguration(config, catalog, new RecordingFilter(config, catalog), diagnostics, filesRead);
    }

    /// <summary>The file's path and text, or <see langword="null"/> when it is absent or unreadable (reported).</summary>
    private static (string Path, string Text)? ReadIfPresent(string root, string fileName, List<ConfigDiagnostic> diagnostics)
    {
        var path = fileName;
        try
        {
            path = Path.GetFullPath(Path.Combine(root, fileName));
            if (File.Exists(path))
            {
                return (path, File.ReadAllText(path));
            }

            // ".yml" is the other common spelling; silently ignoring it would look like a broken config.
            var misnamed = Path.ChangeExtension(path, ".yml");
            if (File.Exists(misnamed))
            {
                diagnostics.AddRange(FileDiagnostic(misnamed, ConfigDiagnosticSeverity.Warning, ConfigDiagnosticCodes.MisnamedFile, "FlowTest reads '" + fileName + "', not '" + Path.GetFileName(misnamed) + "'; rename the file to apply it"));
            }
        }
        catch (Exception ex)
        {
            // IOException, UnauthorizedAccessException, a root with invalid characters ...:
            // whatever it is, recording goes on with defaults.
            diagnostics.AddRange(FileDiagnostic(path, ConfigDiagnosticSeverity.Error, ConfigDiagnosticCodes.UnreadableFile, "the file could not be read (" + ex.Message + "); its settings keep their defaults"));
        }

        return null;
    }

    /// <summary>
    /// A diagnostic about a whole file. Kept out of <see cref="ReadIfPresent"/> because it names a
    /// YamlDotNet type: compiling it loads YamlDotNet, which a run without config files never needs.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static IReadOnlyList<ConfigDiagnostic> FileDiagnostic(string path, ConfigDiagnosticSeverity severity, string code, string message)
    {
        var collector = new ConfigDiagnosticCollector(path);
        collector.Add(severity, code, Mark.Empty, "", message);
        return collector.Diagnostics;
    }
}
