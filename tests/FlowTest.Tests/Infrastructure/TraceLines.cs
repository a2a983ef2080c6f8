using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using FlowTest.Reading;
using FlowTest.Tests.Support;

namespace FlowTest.Tests.Infrastructure;

/// <summary>Reads a run's trace files for assertions: every line must be complete and valid against docs/trace.schema.json.</summary>
public static class TraceLines
{
    /// <param name="runDirectory">The run directory.</param>
    /// <param name="validateSchema">False only for tests of the file mechanics that write lines of their own.</param>
    public static IReadOnlyList<string> ReadRawLines(string runDirectory, bool validateSchema = true)
    {
        var lines = new List<string>();
        foreach (var file in TraceFilesOf(runDirectory))
        {
            var text = File.ReadAllText(file);
            Assert.True(text.Length == 0 || text.EndsWith('\n'), $"{file} does not end with a complete line");
            lines.AddRange(text.Split('\n').Where(l => l.Length > 0));
        }

        if (validateSchema)
        {
            TraceSchema.AssertAllValid(lines);
        }

        return lines;
    }

    public static IReadOnlyList<JsonElement> Read(string runDirectory) =>
        ReadRawLines(runDirectory).Select(line => JsonDocument.Parse(line).RootElement.Clone()).ToList();

    public static IEnumerable<string> TraceFilesOf(string runDirectory) => TraceFiles.Enumerate(runDirectory);

    public static string? Str(this JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
