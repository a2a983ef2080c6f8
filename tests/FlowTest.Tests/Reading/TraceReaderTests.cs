using System.IO;
using System.Linq;
using System.Text;
using FlowTest.Reading;

namespace FlowTest.Tests.Reading;

public sealed class TraceReaderTests
{
    private static string Line(int seq, string @event = "flow.checkpoint") =>
        "{\"run_id\":\"r\",\"event\":\"" + @event + "\",\"seq\":" + seq + ",\"step\":\"s" + seq + "\"}";

    private static MemoryStream Stream(string text) => new(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void Reads_every_line_in_order_across_buffer_refills()
    {
        // ~70 bytes a line: 5000 lines span several 64 KiB buffer fills.
        var text = string.Concat(Enumerable.Range(1, 5000).Select(i => Line(i) + "\n"));
        var reader = new TraceReader();

        var seqs = reader.Read(Stream(text)).Select(r => r.Seq!.Value).ToList();

        Assert.Equal(Enumerable.Range(1, 5000).Select(i => (long)i), seqs);
        Assert.Equal(5000, reader.Stats.Records);
        Assert.Equal(Encoding.UTF8.GetByteCount(text), reader.Stats.Bytes);
        Assert.False(reader.Stats.HasProblems);
    }

    [Fact]
    public void Skips_and_counts_a_partial_last_line()
    {
        var reader = new TraceReader();

        var records = reader.Read(Stream(Line(1) + "\n" + Line(2) + "\n{\"run_id\":\"r\",\"ev"), "trace.jsonl").ToList();

        Assert.Equal(2, records.Count);
        Assert.Equal(1, reader.Stats.PartialTail);
        Assert.Equal(3, reader.Stats.Lines);
        Assert.Equal("trace.jsonl:3: partial last line (no newline) skipped", Assert.Single(reader.Stats.Problems));
    }

    [Fact]
    public void A_complete_object_without_its_newline_is_still_a_partial_line()
    {
        var reader = new TraceReader();

        var records = reader.Read(Stream(Line(1) + "\n" + Line(2))).ToList();

        Assert.Single(records);
        Assert.Equal(1, reader.Stats.PartialTail);
    }

    [Fact]
    public void Malformed_lines_are_counted_and_reading_goes_on()
    {
        var reader = new TraceReader();
        var text = Line(1) + "\nnot json\n" + Line(3) + "\n{\"event\":\"flow.started\"}\n" + Line(5) + "\n";

        var seqs = reader.Read(Stream(text), "trace.jsonl").Select(r => r.Seq).ToList();

        Assert.Equal(new long?[] { 1, 3, 5 }, seqs);
        Assert.Equal(2, reader.Stats.Malformed);
        Assert.Equal(new[] { "trace.jsonl:2: malformed line skipped", "trace.jsonl:4: malformed line skipped" }, reader.Stats.Problems);
    }

    [Fact]
    public void Blank_lines_and_crlf_endings_are_not_problems()
    {
        var reader = new TraceReader();

        var records = reader.Read(Stream("\n" + Line(1) + "\r\n\r\n   \n" + Line(2) + "\r\n")).ToList();

        Assert.Equal(2, records.Count);
        Assert.Equal(2, reader.Stats.Lines);
        Assert.False(reader.Stats.HasProblems);
    }

    [Fact]
    public void A_line_longer_than_the_limit_is_skipped_and_the_next_line_is_read()
    {
        var reader = new TraceReader(maxLineBytes: 1024);
        var huge = "{\"run_id\":\"r\",\"event\":\"flow.metric\",\"payload\":\"" + new string('x', 200_000) + "\"}";

        var records = reader.Read(Stream(Line(1) + "\n" + huge + "\n" + Line(3) + "\n"), "t").ToList();

        Assert.Equal(new long?[] { 1, 3 }, records.Select(r => r.Seq));
        Assert.Equal(1, reader.Stats.Oversized);
        Assert.Equal("t:2: line longer than 1024 bytes skipped", Assert.Single(reader.Stats.Problems));
    }

    [Fact]
    public void A_line_just_under_the_limit_is_read_and_one_over_is_not()
    {
        var prefix = "{\"run_id\":\"r\",\"event\":\"flow.metric\",\"reason\":\"";
        string LineOf(int bytes) => prefix + new string('y', bytes - prefix.Length - 2) + "\"}";
        var reader = new TraceReader(maxLineBytes: 4096);

        var records = reader.Read(Stream(LineOf(4096) + "\n" + LineOf(4097) + "\n")).ToList();

        Assert.Single(records);
        Assert.Equal(4096 - prefix.Length - 2, records[0].Reason!.Length);
        Assert.Equal(1, reader.Stats.Oversized);
    }

    [Fact]
    public void A_line_over_the_default_limit_is_skipped_without_breaking_the_stream()
    {
        var reader = new TraceReader();
        var huge = "{\"run_id\":\"r\",\"event\":\"flow.metric\",\"reason\":\"" + new string('z', 3 * 1024 * 1024) + "\"}";

        var records = reader.Read(Stream(huge + "\n" + Line(2) + "\n" + huge)).ToList();

        Assert.Equal(2, Assert.Single(records).Seq);
        Assert.Equal(2, reader.Stats.Oversized);
        Assert.Equal(0, reader.Stats.PartialTail);
        Assert.Equal(reader.Stats.Lines, reader.Stats.Records + reader.Stats.Malformed + reader.Stats.Oversized + reader.Stats.PartialTail);
    }

    [Fact]
    public void Reads_a_run_directory_part_by_part_in_number_order()
    {
        using var run = new TempDirectory();
        File.WriteAllText(run.Combine("trace.jsonl"), Line(1) + "\n" + Line(2) + "\n");
        File.WriteAllText(run.Combine("trace.1.jsonl"), Line(3) + "\n");
        File.WriteAllText(run.Combine("trace.2.jsonl"), Line(4) + "\nbroken\n");
        File.WriteAllText(run.Combine("trace.10.jsonl"), Line(5) + "\n" + Line(6));
        File.WriteAllText(run.Combine("trace.01.jsonl"), Line(99) + "\n");
        File.WriteAllText(run.Combine("trace.old.jsonl"), Line(98) + "\n");
        File.WriteAllText(run.Combine("summary.md"), "# not a trace\n");
        var reader = new TraceReader();

        var seqs = reader.ReadRun(run.Path).Select(r => r.Seq!.Value).ToList();

        Assert.Equal(new long[] { 1, 2, 3, 4, 5 }, seqs);
        Assert.Equal(new[] { "trace.2.jsonl:2: malformed line skipped", "trace.10.jsonl:2: partial last line (no newline) skipped" }, reader.Stats.Problems);
    }

    [Fact]
    public void Reads_a_file_that_a_writer_still_holds_open()
    {
        using var run = new TempDirectory();
        var path = run.Combine("trace.jsonl");
        using var writer = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
        var bytes = Encoding.UTF8.GetBytes(Line(1) + "\n" + Line(2) + "\n");
        writer.Write(bytes, 0, bytes.Length);
        writer.Flush();

        var records = new TraceReader().ReadFile(path).ToList();

        Assert.Equal(2, records.Count);
    }

    [Fact]
    public void A_missing_run_directory_reads_as_empty()
    {
        Assert.Empty(new TraceReader().ReadRun(Path.Combine(Path.GetTempPath(), "flowtest-missing-" + System.Guid.NewGuid().ToString("N"))));
    }
}
