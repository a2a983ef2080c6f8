using System.Text;
using FlowTest.Model;
using FlowTest.Reading;

namespace FlowTest.Tests.Reading;

public sealed class TraceLineParserTests
{
    private const string FailureLine =
        """{"schema_version":"1","event_id":"01JDB8XQ5K3M7N9P2R4T6V8W0Y","timestamp":"2026-11-22T10:00:00.123456Z","run_id":"20261122T100000Z-a1b2c3","event":"flow.failure","source":"api","flow":"orders/submit","flow_id":"a1b2c3d4e5f60718","parent_id":"0102030405060708","trace_id":"0af7651916cd43dd8448eb211c80319c","node":"buildhost/4242","seq":7,"step":"charge","failure_class":"DATA.EMPTY","severity":"critical","reason":"no candles","thread":12,"code":{"file":"src/Orders/OrderService.cs","line":42,"member":"Submit"},"payload":{"ticker":"AAPL","token":"REDACTED","rows":[1,2]},"redacted_fields":["payload.token"],"tags":{"assembly":"Shop"},"correlation":{"order_id":"7"}}""";

    private static TraceRecord Parse(string line)
    {
        Assert.True(TraceLineParser.TryParse(Encoding.UTF8.GetBytes(line), out var record), "line should parse: " + line);
        return record!;
    }

    private static bool Rejects(string line) => !TraceLineParser.TryParse(Encoding.UTF8.GetBytes(line), out _);

    [Fact]
    public void Parses_every_field_of_a_failure_line()
    {
        var record = Parse(FailureLine);

        Assert.Equal("1", record.SchemaVersion);
        Assert.Equal("01JDB8XQ5K3M7N9P2R4T6V8W0Y", record.EventId);
        Assert.Equal("2026-11-22T10:00:00.123456Z", record.TimestampText);
        Assert.Equal(new System.DateTimeOffset(2026, 11, 22, 10, 0, 0, System.TimeSpan.Zero).AddTicks(1_234_560), record.Timestamp);
        Assert.Equal("20261122T100000Z-a1b2c3", record.RunId);
        Assert.Equal("flow.failure", record.Event);
        Assert.Equal(EventKind.FlowFailure, record.Kind);
        Assert.Equal("api", record.Source);
        Assert.Equal("orders/submit", record.Flow);
        Assert.Equal("a1b2c3d4e5f60718", record.FlowId);
        Assert.Equal("0102030405060708", record.ParentId);
        Assert.Equal("0af7651916cd43dd8448eb211c80319c", record.TraceId);
        Assert.Equal("buildhost/4242", record.Node);
        Assert.Equal(7, record.Seq);
        Assert.Equal("charge", record.Step);
        Assert.Equal("DATA.EMPTY", record.FailureClass);
        Assert.Equal("critical", record.Severity);
        Assert.Equal("no candles", record.Reason);
        Assert.Equal(12, record.Thread);
        Assert.Equal(new TraceCodeLocation("src/Orders/OrderService.cs", 42, "Submit"), record.Code);
        Assert.Equal("src/Orders/OrderService.cs:42", record.Code!.FileAndLine);
        Assert.Equal("""{"ticker":"AAPL","token":"REDACTED","rows":[1,2]}""", record.PayloadJson);
        Assert.Equal(new[] { "payload.token" }, record.RedactedFields);
        Assert.Equal("Shop", record.Tags["assembly"]);
        Assert.Equal("7", record.Correlation["order_id"]);
        Assert.True(record.IsFlowEvent);
    }

    [Fact]
    public void Parses_the_ended_and_exception_fields()
    {
        var ended = Parse("""{"run_id":"r","event":"flow.ended","verdict":"exception","duration_ms":12.345,"parent_id":null}""");
        var exception = Parse(
            """{"run_id":"r","event":"flow.exception","exception":{"type":"System.InvalidOperationException","message":"boom","stack":"   at A.B()","file":"src/A.cs","line":50,"extra":{"x":1}}}""");

        Assert.Equal(FlowVerdict.Exception, ended.Verdict);
        Assert.Equal(12.345, ended.DurationMs);
        Assert.Null(ended.ParentId);
        Assert.Equal(new TraceExceptionInfo("System.InvalidOperationException", "boom", "   at A.B()", "src/A.cs", 50), exception.Exception);
    }

    [Fact]
    public void Unknown_fields_are_skipped_whatever_their_shape()
    {
        var record = Parse(
            """{"future":{"deep":[{"a":[1,{"b":null}]}]},"run_id":"r","list":[1,"two",{}],"event":"flow.started","flag":true,"flow":"a/b"}""");

        Assert.Equal("a/b", record.Flow);
        Assert.Equal(EventKind.FlowStarted, record.Kind);
    }

    [Fact]
    public void Unknown_event_names_are_kept_without_a_kind()
    {
        var record = Parse("""{"run_id":"r","event":"flow.annotated","flow":"a/b"}""");

        Assert.Equal("flow.annotated", record.Event);
        Assert.Null(record.Kind);
        Assert.False(record.IsFlowEvent);
    }

    [Theory]
    [InlineData("""{"event":"flow.started"}""")]
    [InlineData("""{"run_id":"r"}""")]
    [InlineData("""{"run_id":7,"event":"flow.started"}""")]
    [InlineData("""{"run_id":"r","event":null}""")]
    public void Lines_without_a_string_event_and_run_id_are_rejected(string line)
    {
        Assert.True(Rejects(line));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("not json")]
    [InlineData("[1,2,3]")]
    [InlineData("\"run_id\"")]
    [InlineData("""{"run_id":"r","event":"flow.started" """)]
    [InlineData("""{"run_id":"r","event":"flow.started"} trailing""")]
    [InlineData("""{"run_id":"r","event":"flow.started"}{"run_id":"r","event":"flow.ended"}""")]
    [InlineData("""{"run_id":"r","event":"flow.started",}""")]
    [InlineData("""{"run_id":"r","event":"flow.started"/*c*/}""")]
    public void Malformed_lines_are_rejected_without_throwing(string line)
    {
        Assert.True(Rejects(line));
    }

    [Fact]
    public void Invalid_utf8_inside_a_string_is_rejected()
    {
        var bytes = Encoding.UTF8.GetBytes("""{"run_id":"r","event":"flow.started","flow":"ab"}""");
        bytes[bytes.Length - 3] = 0xFF;

        Assert.False(TraceLineParser.TryParse(bytes, out _));
    }

    [Fact]
    public void Known_fields_with_unexpected_types_read_as_absent()
    {
        var record = Parse(
            """{"run_id":"r","event":"flow.ended","seq":"7","thread":1.5,"duration_ms":"fast","verdict":1,"code":"here","exception":[1],"tags":[1],"redacted_fields":{"a":1},"flow":{"name":"x"},"timestamp":12}""");

        Assert.Null(record.Seq);
        Assert.Null(record.Thread);
        Assert.Null(record.DurationMs);
        Assert.Null(record.Verdict);
        Assert.Null(record.Code);
        Assert.Null(record.Exception);
        Assert.Empty(record.Tags);
        Assert.Empty(record.RedactedFields);
        Assert.Null(record.Flow);
        Assert.Null(record.TimestampText);
    }

    [Fact]
    public void Label_values_that_are_not_strings_keep_their_raw_json()
    {
        var record = Parse("""{"run_id":"r","event":"flow.started","correlation":{"order":7,"ok":true,"ids":[1, 2],"who":null,"name":"x"}}""");

        Assert.Equal("7", record.Correlation["order"]);
        Assert.Equal("true", record.Correlation["ok"]);
        Assert.Equal("[1, 2]", record.Correlation["ids"]);
        Assert.Equal("null", record.Correlation["who"]);
        Assert.Equal("x", record.Correlation["name"]);
    }

    [Fact]
    public void Payload_of_any_json_type_is_kept_as_written()
    {
        Assert.Equal("\"text\"", Parse("""{"run_id":"r","event":"flow.metric","payload":"text"}""").PayloadJson);
        Assert.Equal("12.5", Parse("""{"run_id":"r","event":"flow.metric","payload":12.5}""").PayloadJson);
        Assert.Equal("""{"emoji":"✅","esc":"a\"b"}""", Parse("""{"run_id":"r","event":"flow.metric","payload":{"emoji":"✅","esc":"a\"b"}}""").PayloadJson);
        Assert.Null(Parse("""{"run_id":"r","event":"flow.metric"}""").PayloadJson);
    }

    [Fact]
    public void An_unparseable_timestamp_keeps_its_text()
    {
        var record = Parse("""{"run_id":"r","event":"flow.started","timestamp":"yesterday"}""");

        Assert.Equal("yesterday", record.TimestampText);
        Assert.Null(record.Timestamp);
    }

    [Fact]
    public void Unknown_verdict_names_read_as_incomplete()
    {
        Assert.Equal(FlowVerdict.Incomplete, Parse("""{"run_id":"r","event":"flow.ended","verdict":"maybe"}""").Verdict);
        Assert.Equal(FlowVerdict.Skipped, Parse("""{"run_id":"r","event":"flow.ended","verdict":"skipped"}""").Verdict);
    }

    [Fact]
    public void A_carriage_return_a_byte_order_mark_and_escaped_names_are_tolerated()
    {
        var withCr = Parse("{\"run_id\":\"r\",\"event\":\"flow.started\"}\r");
        var bytes = Encoding.UTF8.GetPreamble();
        var withBom = new byte[bytes.Length + 40];
        bytes.CopyTo(withBom, 0);
        var body = Encoding.UTF8.GetBytes("""{"run_id":"r","event":"run.ended"}""");
        body.CopyTo(withBom, bytes.Length);
        var escaped = Parse("""{"run_\u0069d":"r","\u0065vent":"flow.st\u0061rted"}""");

        Assert.Equal(EventKind.FlowStarted, withCr.Kind);
        Assert.True(TraceLineParser.TryParse(new System.ReadOnlySpan<byte>(withBom, 0, bytes.Length + body.Length), out var bom));
        Assert.Equal(EventKind.RunEnded, bom!.Kind);
        Assert.Equal(EventKind.FlowStarted, escaped.Kind);
    }

    [Fact]
    public void Known_event_names_are_shared_strings_not_copies()
    {
        var first = Parse("""{"run_id":"r","event":"flow.checkpoint"}""");
        var second = Parse("""{"run_id":"r","event":"flow.checkpoint"}""");

        Assert.Same(first.Event, second.Event);
    }
}
