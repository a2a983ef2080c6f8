using System.Collections.Generic;
using System.Linq;

namespace FlowTest.Config;

/// <summary>
/// Everything the runtime needs from configuration: the effective settings (files plus
/// environment), the catalog, the filter built from both, what went wrong and which files were read.
/// </summary>
internal sealed record LoadedConfiguration(
    FlowTestConfig Config,
    FlowCatalog Catalog,
    RecordingFilter Filter,
    IReadOnlyList<ConfigDiagnostic> Diagnostics,
    IReadOnlyList<string> FilesRead)
{
    /// <summary>No files, no environment: record everything with the defaults.</summary>
    public static LoadedConfiguration Defaults { get; } = new(
        FlowTestConfig.Default,
        FlowCatalog.Empty,
        RecordingFilter.RecordEverything,
        new ConfigDiagnostic[0],
        new string[0]);

    public bool HasErrors => Diagnostics.Any(diagnostic => diagnostic.IsError);
}
