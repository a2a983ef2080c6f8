// Stand-in until the configuration module lands (branch `config`); removed at merge.
using System;
using System.Collections.Generic;
using FlowTest.Model;

namespace FlowTest.Config;

internal sealed class RecordingFilter
{
    public RecordingFilter(FlowTestConfig config, FlowCatalog catalog)
    {
    }

    public bool ShouldRecordFlow(string flowName) => true;

    public bool ShouldRecordTags(IReadOnlyDictionary<string, string>? tags) => true;

    public bool ShouldRecordSeverity(EventSeverity severity) => true;
}

internal sealed record ConfigDiagnostic(string Code, string Message)
{
    public override string ToString() => Code + ": " + Message;
}

internal sealed class LoadedConfiguration
{
    public FlowTestConfig Config { get; init; } = FlowTestConfig.Default;

    public FlowCatalog Catalog { get; init; } = FlowCatalog.Empty;

    public RecordingFilter Filter { get; init; } = new(FlowTestConfig.Default, FlowCatalog.Empty);

    public IReadOnlyList<ConfigDiagnostic> Diagnostics { get; init; } = Array.Empty<ConfigDiagnostic>();
}

internal static class ConfigurationLoader
{
    public static LoadedConfiguration Load(string artifactsRoot, Func<string, string?> getVariable)
    {
        var enabled = getVariable("FLOWTEST_ENABLED");
        var config = enabled is "0" or "false" ? FlowTestConfig.Default with { Enabled = false } : FlowTestConfig.Default;
        return new LoadedConfiguration { Config = config };
    }
}
