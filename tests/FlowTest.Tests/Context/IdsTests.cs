using System.Collections.Generic;
using System.Linq;
using FlowTest.Context;

namespace FlowTest.Tests.Context;

public sealed class IdsTests
{
    [Fact]
    public void Span_ids_are_non_zero_unique_and_round_trip_as_16_hex()
    {
        var ids = Enumerable.Range(0, 10_000).Select(_ => SpanIds.NewSpanId()).ToList();
        Assert.DoesNotContain(0UL, ids);
        Assert.Equal(ids.Count, new HashSet<ulong>(ids).Count);
        foreach (var id in ids.Take(100))
        {
            var text = SpanIds.Format(id);
            Assert.Matches("^[0-9a-f]{16}$", text);
            Assert.True(SpanIds.TryParse(text, out var parsed));
            Assert.Equal(id, parsed);
        }
    }

    [Fact]
    public void Trace_ids_are_32_lower_case_hex()
    {
        Assert.Matches("^[0-9a-f]{32}$", SpanIds.NewTraceId());
    }

    [Theory]
    [InlineData("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01", true)]
    [InlineData("00-00000000000000000000000000000000-b7ad6b7169203331-01", false)]
    [InlineData("00-0af7651916cd43dd8448eb211c80319c-0000000000000000-01", false)]
    [InlineData("ff-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01", false)]
    [InlineData("garbage", false)]
    [InlineData("", false)]
    public void Traceparent_is_parsed_only_when_valid(string value, bool valid)
    {
        Assert.Equal(valid, TraceParent.TryParse(value, out var parsed));
        if (valid)
        {
            Assert.Equal("0af7651916cd43dd8448eb211c80319c", parsed.TraceId);
            Assert.Equal("b7ad6b7169203331", SpanIds.Format(parsed.ParentSpanId));
        }
    }
}
