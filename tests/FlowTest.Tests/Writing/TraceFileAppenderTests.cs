using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text;
using FlowTest.Tests.Infrastructure;
using FlowTest.Writing;

namespace FlowTest.Tests.Writing;

public sealed class TraceFileAppenderTests
{
    [Fact]
    public void Rotates_into_numbered_parts_without_splitting_a_batch()
    {
        using var dir = new TempDirectory();
        using (var appender = new TraceFileAppender(dir.Path, maxPartBytes: 1000))
        {
            for (var i = 0; i < 30; i++)
            {
                appender.Append(Batch($"{{\"n\":{i},\"pad\":\"{new string('x', 90)}\"}}\n"));
            }
        }

        var parts = TraceLines.TraceFilesOf(dir.Path).ToList();
        Assert.True(parts.Count >= 3, "expected rotation into several parts");
        Assert.Equal("trace.jsonl", Path.GetFileName(parts[0]));
        Assert.Equal("trace.1.jsonl", Path.GetFileName(parts[1]));
        Assert.All(parts, p => Assert.True(new FileInfo(p).Length <= 1000));
        var numbers = TraceLines.ReadRawLines(dir.Path, validateSchema: false).Select(line => JsonDocument.Parse(line).RootElement.GetProperty("n").GetInt32());
        Assert.Equal(Enumerable.Range(0, 30), numbers);
    }

    [Fact]
    public void A_half_written_line_left_by_a_killed_writer_is_cut_before_the_next_append()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.Combine("trace.jsonl"), "{\"n\":1}\n{\"n\":2,\"cut-off");
        using (var appender = new TraceFileAppender(dir.Path, maxPartBytes: 0))
        {
            appender.Append(Batch("{\"n\":3}\n"));
        }

        Assert.Equal("{\"n\":1}\n{\"n\":3}\n", File.ReadAllText(dir.Combine("trace.jsonl")));
    }

    [Fact]
    public void Trimming_a_file_without_any_newline_empties_it()
    {
        using var dir = new TempDirectory();
        var path = dir.Combine("trace.jsonl");
        File.WriteAllText(path, "{\"partial");
        Assert.Equal(9, PartialLineRepair.TrimPartialLastLine(path));
        Assert.Equal(0, new FileInfo(path).Length);
    }

    private static ArraySegment<byte> Batch(string text) => new(Encoding.UTF8.GetBytes(text));
}
