using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using FlowTest.Artifacts.Digest;
using FlowTest.Artifacts.Rendering;
using FlowTest.Reading;
using FlowTest.Runs;
using FlowTest.Tests.Rendering;
using FlowTest.Writing;

namespace FlowTest.Tests.Runs;

/// <summary>The digest built while writing must be the digest of the trace read back, or not be used at all.</summary>
public sealed class DigestingTraceSinkTests
{
    private static readonly RunDigestOptions Options = new() { TailEvents = 12 };

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(1000)]
    public void A_sole_writers_digest_renders_and_counts_exactly_as_the_trace_read_back(int linesPerBatch)
    {
        using var dir = new TempDirectory();
        var sink = new DigestingTraceSink(new TraceFileAppender(dir.Path, 0), Options);

        foreach (var batch in Batches(ManyRounds(40), linesPerBatch))
        {
            sink.Append(batch);
        }

        sink.Dispose();
        AssertDigestIsTheTraceReadBack(sink, dir.Path);
    }

    [Fact]
    public void Another_processs_lines_between_batches_mean_the_trace_is_read_back()
    {
        using var dir = new TempDirectory();
        var sink = new DigestingTraceSink(new TraceFileAppender(dir.Path, 0), Options);
        using var other = new TraceFileAppender(dir.Path, 0);
        var lines = SyntheticRun.Lines;

        sink.Append(Batch(lines.Take(10)));
        other.Append(Batch(lines.Skip(10).Take(10)));
        sink.Append(Batch(lines.Skip(20)));

        Assert.Null(sink.TakeDigestOfWholeTrace(dir.Path));
    }

    [Fact]
    public void Lines_appended_after_the_last_batch_mean_the_trace_is_read_back()
    {
        using var dir = new TempDirectory();
        var sink = new DigestingTraceSink(new TraceFileAppender(dir.Path, 0), Options);
        using var other = new TraceFileAppender(dir.Path, 0);

        sink.Append(Batch(SyntheticRun.Lines.Take(20)));
        other.Append(Batch(SyntheticRun.Lines.Skip(20)));

        Assert.Null(sink.TakeDigestOfWholeTrace(dir.Path));
    }

    [Fact]
    public void A_trace_that_was_not_empty_when_writing_began_is_read_back()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(Path.Combine(dir.Path, TraceFiles.MainFileName), SyntheticRun.Lines[0] + "\n");
        var sink = new DigestingTraceSink(new TraceFileAppender(dir.Path, 0), Options);

        sink.Append(Batch(SyntheticRun.Lines.Skip(1)));

        Assert.Null(sink.TakeDigestOfWholeTrace(dir.Path));
    }

    [Fact]
    public void A_trace_its_only_writer_rotated_is_digested_exactly_as_read_back()
    {
        using var dir = new TempDirectory();
        var sink = new DigestingTraceSink(new TraceFileAppender(dir.Path, maxPartBytes: 4096), Options);

        foreach (var batch in Batches(ManyRounds(6), 3))
        {
            sink.Append(batch);
        }

        sink.Dispose();
        Assert.True(File.Exists(Path.Combine(dir.Path, TraceFiles.PartFileName(2))), "expected at least two rotations");
        AssertDigestIsTheTraceReadBack(sink, dir.Path);
    }

    [Fact]
    public void A_trace_another_process_rotated_is_read_back()
    {
        using var dir = new TempDirectory();
        var sink = new DigestingTraceSink(new TraceFileAppender(dir.Path, maxPartBytes: 4096), Options);
        using var other = new TraceFileAppender(dir.Path, maxPartBytes: 4096);
        var lines = ManyRounds(3);

        sink.Append(Batch(lines.Take(3)));
        other.Append(Batch(lines.Skip(3).Take(30)));
        other.Append(Batch(lines.Skip(33).Take(3)));
        sink.Append(Batch(lines.Skip(36).Take(3)));

        Assert.True(File.Exists(Path.Combine(dir.Path, TraceFiles.PartFileName(1))), "expected the other writer to rotate");
        Assert.Null(sink.TakeDigestOfWholeTrace(dir.Path));
    }

    [Fact]
    public void A_part_deleted_after_writing_means_the_trace_is_read_back()
    {
        using var dir = new TempDirectory();
        var sink = new DigestingTraceSink(new TraceFileAppender(dir.Path, maxPartBytes: 4096), Options);
        foreach (var batch in Batches(ManyRounds(3), 3))
        {
            sink.Append(batch);
        }

        sink.Dispose();
        File.Delete(Path.Combine(dir.Path, TraceFiles.PartFileName(1)));

        Assert.Null(sink.TakeDigestOfWholeTrace(dir.Path));
    }

    [Fact]
    public void A_line_the_reader_skips_means_the_trace_is_read_back()
    {
        using var dir = new TempDirectory();
        var sink = new DigestingTraceSink(new TraceFileAppender(dir.Path, 0), Options);

        sink.Append(Batch(SyntheticRun.Lines.Take(5).Append("not a trace line").Concat(SyntheticRun.Lines.Skip(5))));

        Assert.Null(sink.TakeDigestOfWholeTrace(dir.Path));
    }

    [Fact]
    public void A_trace_past_the_digest_budget_is_read_back()
    {
        using var dir = new TempDirectory();
        var sink = new DigestingTraceSink(new TraceFileAppender(dir.Path, 0), Options, maxDigestBytes: 2000);

        foreach (var batch in Batches(SyntheticRun.Lines, 2))
        {
            sink.Append(batch);
        }

        Assert.Null(sink.TakeDigestOfWholeTrace(dir.Path));
    }

    [Fact]
    public void The_digest_is_handed_out_once_and_no_later_batch_changes_it()
    {
        using var dir = new TempDirectory();
        var sink = new DigestingTraceSink(new TraceFileAppender(dir.Path, 0), Options);
        sink.Append(Batch(SyntheticRun.Lines));

        var taken = sink.TakeDigestOfWholeTrace(dir.Path);
        var events = taken!.Digest.Events;
        sink.Append(Batch(SyntheticRun.Lines.Take(3)));

        Assert.Equal(events, taken.Digest.Events);
        Assert.Null(sink.TakeDigestOfWholeTrace(dir.Path));
    }

    private static void AssertDigestIsTheTraceReadBack(DigestingTraceSink sink, string runDirectory)
    {
        var written = sink.TakeDigestOfWholeTrace(runDirectory);
        var readBack = new RunDigestReader(Options);
        readBack.ReadRun(runDirectory);

        Assert.NotNull(written);
        Assert.Equal(Render(readBack), Render(written!));
        Assert.Equal(Counts(readBack.Stats), Counts(written!.Stats));
    }

    /// <summary>The synthetic run repeated with fresh span ids, so there are many batches and names.</summary>
    private static IReadOnlyList<string> ManyRounds(int rounds) =>
        Enumerable.Range(0, rounds)
            .SelectMany(round => SyntheticRun.Lines.Select(line => line.Replace("00000000000", (round + 100000).ToString("x6", System.Globalization.CultureInfo.InvariantCulture) + "00000")))
            .ToList();

    private static IEnumerable<ArraySegment<byte>> Batches(IReadOnlyList<string> lines, int linesPerBatch)
    {
        for (var i = 0; i < lines.Count; i += linesPerBatch)
        {
            yield return Batch(lines.Skip(i).Take(linesPerBatch));
        }
    }

    private static ArraySegment<byte> Batch(IEnumerable<string> lines)
    {
        // Offset into a larger array, as the writer's buffer is.
        var bytes = Encoding.UTF8.GetBytes("xx" + string.Concat(lines.Select(l => l + "\n")));
        return new ArraySegment<byte>(bytes, 2, bytes.Length - 2);
    }

    private static (long, long, long, long, long, long) Counts(TraceReadStats stats) =>
        (stats.Lines, stats.Records, stats.Malformed, stats.Oversized, stats.PartialTail, stats.Bytes);

    private static string Render(RunDigestReader reader) =>
        SummaryRenderer.Render(SyntheticRun.Header with { ReadStats = reader.Stats }, reader.Digest, SyntheticRun.Catalog, SyntheticRun.Performance)
        + "\n----\n"
        + AskRenderer.Render(SyntheticRun.Header with { ReadStats = reader.Stats }, reader.Digest, SyntheticRun.Catalog, 12, 64 * 1024, SyntheticRun.Performance);
}
