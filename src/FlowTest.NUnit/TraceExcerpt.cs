using System;
using System.Collections.Generic;
using System.IO;
using FlowTest.Reading;
using FlowTest.Recording;

namespace FlowTest.NUnit;

/// <summary>
/// Writes the trace lines of one test flow and its direct children into
/// <c>runs/&lt;id&gt;/attachments/&lt;flow_id&gt;.jsonl</c>, for NUnit to attach to the failed test.
/// </summary>
internal static class TraceExcerpt
{
    private const int MaxLines = 500;

    public static string? Write(FlowScope flow)
    {
        try
        {
            var runDirectory = FlowRuntime.RunDirectory;
            if (runDirectory is null || !flow.IsRecording || FlowRuntime.Recorder?.Flush(TimeSpan.FromSeconds(5)) != true)
            {
                return null;
            }

            var id = flow.FlowId;
            var own = "\"flow_id\":\"" + id + "\"";
            var child = "\"parent_id\":\"" + id + "\"";
            var lines = new List<string>();
            foreach (var part in TraceFiles.Enumerate(runDirectory))
            {
                foreach (var line in File.ReadLines(part))
                {
                    if (lines.Count < MaxLines && (line.IndexOf(own, StringComparison.Ordinal) >= 0 || line.IndexOf(child, StringComparison.Ordinal) >= 0))
                    {
                        lines.Add(line);
                    }
                }
            }

            var directory = Path.Combine(runDirectory, "attachments");
            Directory.CreateDirectory(directory);
            var path = Path.Combine(directory, id + ".jsonl");
            File.WriteAllLines(path, lines);
            return path;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
