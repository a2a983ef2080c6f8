using System.Collections.Generic;
using System.Linq;
using System.Text;
using FlowTest.Artifacts.Digest;

namespace FlowTest.Tests.Digest;

/// <summary>
/// Lines in FlowTest's plain form are read without the general JSON reader. Whatever the line —
/// plain, unusual or broken — both ways must accept the same lines and read the same fields.
/// </summary>
public sealed class PlainTraceLineTests
{
    private static readonly string[] Lines =
    {
        "{\"schema_version\":\"1\",\"event_id\":\"01JDB8XQ5K3M7N9P2R4T6V8W0Z\",\"timestamp\":\"2026-11-22T10:00:00.123501Z\",\"run_id\":\"r1\",\"event\":\"flow.started\",\"source\":\"nunit\",\"flow\":\"Suite.Tests/Adds\",\"flow_id\":\"a1b2c3d4e5f60718\",\"parent_id\":null,\"trace_id\":\"0af7651916cd43dd8448eb211c80319c\",\"node\":\"host/42\",\"seq\":2,\"thread\":1,\"code\":{\"file\":\"src/Tests.cs\",\"line\":42,\"member\":\"Adds\"},\"payload\":{\"display_name\":\"Adds(1,2)\",\"args\":[1,2.5,-3e2,true,false,null,{}]},\"tags\":{\"assembly\":\"Suite\",\"category\":[\"fast\",\"db\"]}}",
        "{\"schema_version\":\"1\",\"timestamp\":\"2026-11-22T10:00:00.223501Z\",\"run_id\":\"r1\",\"event\":\"flow.ended\",\"source\":\"xunit\",\"flow\":\"Suite.Tests/Adds\",\"flow_id\":\"a1b2c3d4e5f60718\",\"parent_id\":\"00000000000000b2\",\"seq\":3,\"verdict\":\"success\",\"duration_ms\":12.345}",
        "{\"run_id\":\"r\",\"event\":\"flow.ended\",\"flow_id\":\"A1\",\"verdict\":\"skipped\",\"duration_ms\":0}",
        "{\"run_id\":\"r\",\"event\":\"flow.ended\",\"verdict\":\"failure\",\"duration_ms\":1E+400}",
        "{\"run_id\":\"r\",\"event\":\"flow.ended\",\"verdict\":\"exception\",\"duration_ms\":-0.0e-5}",
        "{\"run_id\":\"r\",\"event\":\"flow.ended\",\"verdict\":7,\"duration_ms\":\"12\",\"flow\":null,\"source\":[]}",
        "{\"run_id\":\"r\",\"event\":\"flow.checkpoint\",\"step\":\"validated\",\"timestamp\":\"2026-11-22T10:00:00+02:00\"}",
        "{\"run_id\":\"r\",\"event\":\"flow.metric\",\"flow\":\"f\",\"step\":\"latency_ms\",\"payload\":{\"value\":12.5,\"unit\":\"ms\"}}",
        "{\"run_id\":\"r\",\"event\":\"flow.failure\",\"flow\":\"f\",\"flow_id\":\"00000000000000a1\",\"failure_class\":\"DATA.EMPTY\",\"severity\":\"error\",\"reason\":\"no rows\"}",
        "{\"run_id\":\"r\",\"event\":\"flow.success\",\"flow\":\"caf\u00e9\",\"timestamp\":\"2026-02-30T10:00:00.000000Z\"}",
        "{\"run_id\":\"r\",\"event\":\"flow.started\",\"flow\":\"a\",\"flow\":\"b\",\"event\":\"flow.ended\",\"unknown\":{\"deep\":[[[[1]]]]}}",
        "{\"run_id\":\"r\",\"event\":\"run.started\",\"payload\":{\"command\":\"dotnet test\"}}",
        "{}",
    };

    public static IEnumerable<object[]> Cases => Lines.Select((_, i) => new object[] { i });

    [Theory]
    [MemberData(nameof(Cases))]
    public void Both_ways_read_the_same_fields_from_a_line_and_from_every_small_corruption_of_it(int lineIndex)
    {
        var line = Encoding.UTF8.GetBytes(Lines[lineIndex]);
        foreach (var variant in Variants(line))
        {
            AssertSameReading(variant);
        }
    }

    [Fact]
    public void Plain_lines_take_the_plain_path_and_others_do_not()
    {
        Assert.True(IsPlain(Lines[0]));
        Assert.True(IsPlain(Lines[1]));
        Assert.False(IsPlain("{\"run_id\":\"r\",\"event\":\"flow.ended\",\"flow\":\"a\\\"b\"}"), "an escape");
        Assert.False(IsPlain("{\"run_id\":\"r\",\"event\":\"flow.ended\",\"flow\":\"caf\u00e9\"}"), "non-ASCII");
        Assert.False(IsPlain("{\"run_id\":\"r\", \"event\":\"flow.ended\"}"), "whitespace");
        Assert.False(IsPlain("{\"run_id\":\"r\",\"event\":\"flow.ended\",\"n\":01}"), "a leading zero");
        Assert.False(IsPlain("{\"run_id\":\"r\",\"event\":\"flow.ended\",\"n\":" + new string('[', PlainJson.MaxDepth) + new string(']', PlainJson.MaxDepth) + "}"), "too deep");
    }

    private static bool IsPlain(string line)
    {
        var bytes = Encoding.UTF8.GetBytes(line);
        return PlainJson.SkipValue(bytes, 0, 0) == bytes.Length;
    }

    private static void AssertSameReading(byte[] line)
    {
        var general = new TraceLineFieldReader(readPlainLinesFast: false).TryRead(line, out var expected);
        var fast = new TraceLineFieldReader().TryRead(line, out var actual);

        var text = Encoding.UTF8.GetString(line);
        Assert.True(general == fast, (general ? "only the general reader accepted: " : "only the plain path accepted: ") + text);
        if (!general)
        {
            return;
        }

        Assert.True((expected.Record is null) == (actual.Record is null), "record: " + text);
        Assert.Equal(expected.Record?.Event, actual.Record?.Event);
        expected.Record = actual.Record = null;
        Assert.True(expected.Equals(actual), "fields differ: " + text);
    }

    // The line, then every one-byte deletion, and at every position a byte swapped for or preceded by one that changes the grammar.
    private static IEnumerable<byte[]> Variants(byte[] line)
    {
        yield return line;
        var swaps = new[] { (byte)' ', (byte)'"', (byte)'\\', (byte)'{', (byte)'}', (byte)'[', (byte)']', (byte)',', (byte)':', (byte)'0', (byte)'e', (byte)'-', (byte)'.', (byte)'\t', (byte)0xC3 };
        for (var i = 0; i < line.Length; i++)
        {
            yield return line.Take(i).Concat(line.Skip(i + 1)).ToArray();
            foreach (var swap in swaps)
            {
                var swapped = (byte[])line.Clone();
                swapped[i] = swap;
                yield return swapped;
                yield return line.Take(i).Append(swap).Concat(line.Skip(i)).ToArray();
            }
        }
    }
}
