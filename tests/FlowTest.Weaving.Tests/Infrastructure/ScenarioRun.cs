using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace FlowTest.Weaving.Tests.Infrastructure;

/// <summary>One finished run of a fixtures scenario: its exit code, output and trace events.</summary>
internal sealed class ScenarioRun
{
    public ScenarioRun(int exitCode, string output, string error, IReadOnlyList<JsonElement> events)
    {
        ExitCode = exitCode;
        Output = output;
        Error = error;
        Events = events;
    }

    public int ExitCode { get; }

    public string Output { get; }

    public string Error { get; }

    public IReadOnlyList<JsonElement> Events { get; }

    public IEnumerable<JsonElement> Named(string eventName, string flow) =>
        Events.Where(e => Str(e, "event") == eventName && Str(e, "flow") == flow);

    /// <summary>The single flow.ended of <paramref name="flow"/>, failing if there is not exactly one.</summary>
    public JsonElement EndedOnce(string flow) => Assert.Single(Named("flow.ended", flow));

    public JsonElement StartedOnce(string flow) => Assert.Single(Named("flow.started", flow));

    public IEnumerable<string> OutputLines(string prefix) =>
        Output.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.StartsWith(prefix, System.StringComparison.Ordinal));

    public static string? Str(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public static JsonElement? Path(JsonElement element, params string[] names)
    {
        foreach (var name in names)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element))
            {
                return null;
            }
        }

        return element;
    }
}
