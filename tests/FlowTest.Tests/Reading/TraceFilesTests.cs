using FlowTest.Reading;

namespace FlowTest.Tests.Reading;

public sealed class TraceFilesTests
{
    [Theory]
    [InlineData(0, "trace.jsonl")]
    [InlineData(1, "trace.1.jsonl")]
    [InlineData(12, "trace.12.jsonl")]
    public void Parts_are_named_trace_then_trace_n(int part, string name)
    {
        Assert.Equal(name, TraceFiles.PartFileName(part));
        Assert.True(TraceFiles.TryParsePart(name, out var parsed));
        Assert.Equal(part, parsed);
    }

    [Theory]
    [InlineData("trace.01.jsonl")]
    [InlineData("trace.0.jsonl")]
    [InlineData("trace.-1.jsonl")]
    [InlineData("trace..jsonl")]
    [InlineData("trace.x.jsonl")]
    [InlineData("trace.1.json")]
    [InlineData("Trace.jsonl")]
    [InlineData("trace.99999999999.jsonl")]
    public void Other_file_names_are_not_parts(string name)
    {
        Assert.False(TraceFiles.TryParsePart(name, out _));
    }
}
