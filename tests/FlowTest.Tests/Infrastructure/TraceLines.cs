using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using FlowTest.Reading;

namespace FlowTest.Tests.Infrastructure;

/// <summary>Reads a run's trace files for assertions: every line must be complete JSON.</summary>
public static class TraceLines
{
    public static IReadOnlyList<string> ReadRawLines(string runDirectory)
    {
        var lines = new List<string>();
        foreach (var file in TraceFilesOf(runDirectory))
        {
            var text = File.ReadAllText(file);
            Assert.True(text.Length == 0 || text.EndsWith('\n'), $"{file} does not end with a complete line");
            lines.AddRange(text.Split('\n').Where(l => l.Length > 0));
        }

        return lines;
    }

    public static IReadOnlyList<JsonElement> Read(string runDirectory) =>
        ReadRawLines(runDirectory).Select(line => JsonDocument.Parse(line).RootElement.Clone()).ToList();

    public static IEnumerable<string> TraceFilesOf(string runDirectory) => TraceFiles.Enumerate(runDirectory);

    public static string? Str(this JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
