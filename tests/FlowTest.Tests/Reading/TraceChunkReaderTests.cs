using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using FlowTest.Reading;
using FlowTest.Tests.Support;

namespace FlowTest.Tests.Reading;

/// <summary>
/// Chunks read raw and split on another thread must yield exactly the lines, problems and line
/// numbers that <see cref="TraceLineScanner"/> yields for the same bytes, wherever chunks end.
/// </summary>
public sealed class TraceChunkReaderTests
{
    private const int MaxLineBytes = 40;

    // Lines spanning chunk edges, CRLF, blank and whitespace lines, a BOM, oversized lines (mid-trace,
    // longer than a chunk, two in a row), a partial last line.
    private static readonly string Mixed =
        "\uFEFF{\"a\":1}\n"
        + "{\"event\":\"flow.started\",\"x\":12345}\r\n"
        + "\n   \n\t\r\n"
        + "short\n"
        + new string('x', MaxLineBytes + 1) + "\n"
        + "{\"b\":2}\n"
        + new string('y', 3 * MaxLineBytes) + "\n"
        + new string('z', MaxLineBytes * 2) + "\r\n"
        + new string('w', MaxLineBytes) + "\n"
        + "after\r\n"
        + "{\"partial\":";

    public static IEnumerable<object[]> ChunkSizes() =>
        new[] { 2, 3, 7, 16, 41, 64, 1024 }.Select(size => new object[] { size });

    [Theory]
    [MemberData(nameof(ChunkSizes))]
    public void Splits_like_the_line_scanner_wherever_chunks_end(int chunkBytes)
    {
        var bytes = Encoding.UTF8.GetBytes(Mixed);

        var (lines, readBytes) = ByChunks(new MemoryStream(bytes), chunkBytes);

        Assert.Equal(ByScanner(bytes), lines);
        Assert.Equal(bytes.Length, readBytes);
    }

    [Theory]
    [InlineData(1, 16)]
    [InlineData(3, 7)]
    [InlineData(5, 1024)]
    public void Splits_like_the_line_scanner_when_reads_return_a_few_bytes(int bytesPerRead, int chunkBytes)
    {
        var bytes = Encoding.UTF8.GetBytes(Mixed);

        var (lines, _) = ByChunks(new ForwardOnlyStream(new MemoryStream(bytes), bytesPerRead), chunkBytes);

        Assert.Equal(ByScanner(bytes), lines);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n")]
    [InlineData("   ")]
    [InlineData("{\"a\":1}")]
    [InlineData("{\"a\":1}\n  \r")]
    [InlineData("{\"a\":1}\r\n{\"b\":2}\r\n")]
    [InlineData("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")]
    [InlineData("{\"a\":1}\nxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n")]
    public void Handles_edge_inputs_like_the_line_scanner(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);

        foreach (var chunkBytes in new[] { 2, 5, 64 })
        {
            Assert.Equal(ByScanner(bytes), ByChunks(new MemoryStream(bytes), chunkBytes).Lines);
        }
    }

    [Fact]
    public void A_final_line_without_newline_is_reported_after_the_lines_before_it()
    {
        var (lines, _) = ByChunks(new MemoryStream(Encoding.UTF8.GetBytes("{\"a\":1}\r\n\n{\"b\":")), 4);

        Assert.Equal(new[] { "t:1 {\"a\":1}\r", "t:3 PartialTail" }, lines);
    }

    [Fact]
    public void A_line_longer_than_the_limit_and_a_chunk_is_dropped_and_numbered_once()
    {
        var text = "{\"a\":1}\n" + new string('x', 5 * MaxLineBytes) + "\n{\"b\":2}\n";

        var (lines, _) = ByChunks(new MemoryStream(Encoding.UTF8.GetBytes(text)), 8);

        Assert.Equal(new[] { "t:1 {\"a\":1}", "t:2 Oversized", "t:3 {\"b\":2}" }, lines);
    }

    [Fact]
    public void Every_chunk_ends_on_a_line_boundary()
    {
        var bytes = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 50).Select(i => "{\"n\":" + i + "}\n")));
        var reader = new TraceChunkReader(new MemoryStream(bytes), new TraceReadStats(), MaxLineBytes, 16);
        var chunks = new[] { new TraceChunk(16), new TraceChunk(16) };
        var joined = new List<byte>();

        for (var i = 0; reader.TryRead(chunks[i % 2]); i++)
        {
            var lines = chunks[i % 2].Lines.ToArray();
            Assert.Equal((byte)'\n', lines[^1]);
            joined.AddRange(lines);
        }

        Assert.Equal(bytes, joined);
    }

    private static List<string> ByScanner(byte[] bytes)
    {
        var lines = new List<string>();
        using var scanner = new TraceLineScanner(new MemoryStream(bytes), "t", new TraceReadStats(), MaxLineBytes);
        while (scanner.TryReadLine(out var start, out var length))
        {
            lines.Add(scanner.Where + " " + (scanner.Problem == TraceLineProblem.None
                ? Encoding.UTF8.GetString(scanner.Buffer, start, length)
                : scanner.Problem.ToString()));
        }

        return lines;
    }

    /// <summary>Reads as the digest reader does: two chunks in turn, line numbers carried across them.</summary>
    private static (List<string> Lines, long Bytes) ByChunks(Stream stream, int chunkBytes)
    {
        var stats = new TraceReadStats();
        var reader = new TraceChunkReader(stream, stats, MaxLineBytes, chunkBytes);
        var chunks = new[] { new TraceChunk(chunkBytes), new TraceChunk(chunkBytes) };
        var result = new List<string>();
        var before = 0L;
        for (var i = 0; reader.TryRead(chunks[i % 2]); i++)
        {
            var chunk = chunks[i % 2];
            var lines = new TraceChunkLines(chunk.Lines, MaxLineBytes);
            while (lines.TryReadLine(out var start, out var length))
            {
                result.Add("t:" + (before + lines.LineNumber) + " " + (lines.Problem == TraceLineProblem.None
                    ? Encoding.UTF8.GetString(chunk.Bytes, chunk.Start + start, length)
                    : lines.Problem.ToString()));
            }

            before += lines.LineNumber;
            if (chunk.TailProblem != TraceLineProblem.None)
            {
                result.Add("t:" + (before + 1) + " " + chunk.TailProblem);
            }
        }

        return (result, stats.Bytes);
    }
}
