using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace FlowTest.Adapters.Tests.EndToEnd;

/// <summary>The trace of one run directory, read line by line as a consumer would.</summary>
internal sealed class RunTrace
{
    public RunTrace(string runDirectory)
    {
        foreach (var file in Directory.GetFiles(runDirectory, "trace*.jsonl").OrderBy(f => f, StringComparer.Ordinal))
        {
            foreach (var line in File.ReadLines(file).Where(l => l.Length > 0))
            {
                var root = JsonDocument.Parse(line).RootElement.Clone();
                Events.Add(new TraceEvent(
                    Get(root, "event") ?? "",
                    Get(root, "source"),
                    Get(root, "flow"),
                    Get(root, "flow_id"),
                    Get(root, "parent_id"),
                    Get(root, "step"),
                    Get(root, "verdict"),
                    root));
            }
        }
    }

    public List<TraceEvent> Events { get; } = new();

    /// <summary>flow.started events of test flows (xunit/nunit).</summary>
    public IEnumerable<TraceEvent> TestStarts => Events.Where(e => e.Event == "flow.started" && e.Source is "xunit" or "nunit");

    public TraceEvent Ended(string flowId) => Events.Single(e => e.Event == "flow.ended" && e.FlowId == flowId);

    public IEnumerable<TraceEvent> Of(string flowId) => Events.Where(e => e.FlowId == flowId);

    /// <summary>The test flow whose display name is <paramref name="displayName"/>.</summary>
    public TraceEvent Test(string displayName) => TestStarts.Single(e => e.Text("payload", "display_name") == displayName);

    private static string? Get(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
