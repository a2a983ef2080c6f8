using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using FlowTest.Artifacts.Digest;
using FlowTest.Artifacts.Rendering;
using FlowTest.Reading;
using FlowTest.Tests.Rendering;
using FlowTest.Tests.Support;

namespace FlowTest.Tests.Digest;

/// <summary>The digest read straight from trace bytes must be the digest of the parsed records.</summary>
public sealed class RunDigestReaderTests
{
    private const int MaxLineBytes = 4096;

    private static readonly string[] SyntheticLines = SyntheticRun.Jsonl.Split('\n');

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Renders_the_synthetic_run_exactly_as_the_record_path_does(bool parallel)
    {
        var expected = Render(RunDigest.From(SyntheticRun.Records()));
        var reader = new RunDigestReader(parallel: parallel);

        reader.Read(Forward(SyntheticRun.Jsonl + "\n"));

        Assert.Equal(expected, Render(reader.Digest));
    }

    [Theory]
    [InlineData(false, TraceChunkReader.DefaultChunkBytes)]
    [InlineData(true, TraceChunkReader.DefaultChunkBytes)]
    [InlineData(true, 1000)] // lines span chunk edges; oversized lines are longer than a chunk
    [InlineData(true, 3 * MaxLineBytes)]
    public void A_long_trace_with_bad_lines_gives_the_same_digest_and_counts_as_the_record_reader(bool parallel, int chunkBytes)
    {
        // ~6 MB: many worker batches, with every kind of bad line spread between them.
        var text = LongTraceWithBadLines();
        var records = new TraceReader(MaxLineBytes);
        var expected = RunDigest.From(records.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "trace.jsonl"));
        var reader = new RunDigestReader(maxLineBytes: MaxLineBytes, parallel: parallel, chunkBytes: chunkBytes);

        reader.Read(Forward(text), "trace.jsonl");

        Assert.Equal(Render(expected), Render(reader.Digest));
        Assert.Equal(Counts(records.Stats), Counts(reader.Stats));
        Assert.Equal(records.Stats.Problems, reader.Stats.Problems);
        Assert.True(reader.Stats.Malformed > 0 && reader.Stats.Oversized > 0 && reader.Stats.PartialTail == 1);
    }

    [Fact]
    public void Reads_every_part_of_a_run_directory_in_order_with_progress()
    {
        using var run = new TempDirectory();
        File.WriteAllText(Path.Combine(run.Path, "trace.jsonl"), string.Join("\n", SyntheticLines.Take(20)) + "\n");
        File.WriteAllText(Path.Combine(run.Path, "trace.1.jsonl"), string.Join("\n", SyntheticLines.Skip(20)) + "\n");
        var reported = new List<long>();
        var reader = new RunDigestReader(parallel: false) { Progress = reported.Add };

        var digest = reader.ReadRun(run.Path);

        Assert.Equal(Render(RunDigest.From(SyntheticRun.Records())), Render(digest));
        Assert.Equal(SyntheticLines.Length, reader.Stats.Records);
        Assert.All(reported, bytes => Assert.InRange(bytes, 1, reader.Stats.Bytes));
    }

    [Theory]
    [InlineData("{\"run_id\":\"r\",\"event\":\"flow.started\",\"flow\":\"a\"} trailing")]
    [InlineData("[1,2]")]
    [InlineData("{\"event\":\"flow.started\",\"flow\":\"a\"}")]
    [InlineData("{\"run_id\":\"r\",\"event\":7}")]
    [InlineData("{\"run_id\":\"r\",\"event\":\"flow.started\",\"event\":null}")]
    [InlineData("{\"run_id\":\"r\",\"event\":\"flow.started\",\"payload\":{\"a\":[1,}}")]
    [InlineData("{\"run_id\":\"r\",\"event\":\"flow.started\",\"tags\":{\"a\":tru}}")]
    public void Rejects_the_lines_the_record_parser_rejects(string line)
    {
        Assert.False(TraceLineParser.TryParse(Encoding.UTF8.GetBytes(line), out _));
        Assert.False(new TraceLineFieldReader().TryRead(Encoding.UTF8.GetBytes(line), out _));
    }

    [Theory]
    [InlineData("\uFEFF{\"run_id\":\"r\",\"event\":\"flow.started\",\"flow\":\"a\",\"flow_id\":\"00000000000000a1\"}")]
    [InlineData("{\"run_id\":\"r\",\"\\u0065vent\":\"flow.st\\u0061rted\",\"flow\":\"\\u0061\",\"flow_id\":\"A1\"}")]
    [InlineData("{\"run_id\":\"r\",\"event\":\"flow.started\",\"flow\":7,\"flow_id\":\"00000000000000b2\",\"parent_id\":null,\"timestamp\":\"2026-11-22T10:00:00+02:00\"}")]
    public void Accepts_unusual_but_valid_lines_as_the_record_parser_does(string line)
    {
        var bytes = Encoding.UTF8.GetBytes(line);
        Assert.True(TraceLineParser.TryParse(bytes, out var record));
        var expected = RunDigest.From(new[] { record });
        var reader = new RunDigestReader(parallel: false);

        reader.Read(new MemoryStream(Encoding.UTF8.GetBytes(line + "\n")));

        Assert.Equal(1, reader.Stats.Records);
        Assert.Equal(Render(expected), Render(reader.Digest));
        Assert.Equal(expected.OpenFlows.Select(f => (f.Name, f.FlowId, f.StartedAt)), reader.Digest.OpenFlows.Select(f => (f.Name, f.FlowId, f.StartedAt)));
    }

    private static Stream Forward(string text) => new ForwardOnlyStream(new MemoryStream(Encoding.UTF8.GetBytes(text)));

    private static (long, long, long, long, long, long) Counts(TraceReadStats stats) =>
        (stats.Lines, stats.Records, stats.Malformed, stats.Oversized, stats.PartialTail, stats.Bytes);

    private static string Render(RunDigest digest) =>
        SummaryRenderer.Render(SyntheticRun.Header, digest, SyntheticRun.Catalog, SyntheticRun.Performance)
        + "\n----\n"
        + AskRenderer.Render(SyntheticRun.Header, digest, SyntheticRun.Catalog, 12, 64 * 1024, SyntheticRun.Performance);

    private static string LongTraceWithBadLines()
    {
        var text = new StringBuilder();
        for (var round = 0; round < 300; round++)
        {
            foreach (var line in SyntheticLines)
            {
                // Fresh span ids per round, so flows of different rounds do not collide.
                text.Append(line.Replace("00000000000", (round + 100000).ToString("x6", System.Globalization.CultureInfo.InvariantCulture) + "00000")).Append('\n');
            }

            switch (round % 7)
            {
                case 0: text.Append("not json at all\n"); break;
                case 1: text.Append("   \n\n"); break;
                case 2: text.Append("{\"run_id\":\"r\",\"event\":\"flow.started\",\"payload\":\"").Append('x', MaxLineBytes).Append("\"}\n"); break;
                case 3: text.Append("{\"run_id\":\"r\",\"event\":\"flow.metric\",\"flow\":\"m\",\"step\":\"s\",\"payload\":{\"value\":1,\"unit\":\"ms\"}} x\n"); break;
                case 4: text.Append("{\"run_id\":\"r\",\"event\":\"flow.success\",\"flow\":\"orders/submit\"}\r\n"); break;
                default: break;
            }
        }

        return text.Append("{\"run_id\":\"r\",\"event\":\"flow.sta").ToString();
    }
}
