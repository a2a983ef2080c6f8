namespace FlowTest.Config;

/// <summary>How bad a configuration problem is. Neither stops recording (SPEC §8).</summary>
internal enum ConfigDiagnosticSeverity
{
    /// <summary>Something was ignored (an unknown key, an unsupported sink); everything else applies.</summary>
    Warning,

    /// <summary>A value could not be used and its default applies instead.</summary>
    Error,
}
