using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using FlowTest.Tests.Rendering;
using FlowTest.Tests.Support;

namespace FlowTest.Tests.Schema;

public sealed class TraceSchemaTests
{
    private const string Started =
        """{"schema_version":"1","event_id":"01JDB8XQ5K3M7N9P2R4T6V8W0Z","timestamp":"2026-11-22T10:00:00.123501Z","run_id":"20261122T100000Z-a1b2c3","event":"flow.started","source":"api","flow":"orders/submit","flow_id":"a1b2c3d4e5f60718","parent_id":null,"trace_id":"0af7651916cd43dd8448eb211c80319c","node":"buildhost/4242","seq":2,"thread":1,"code":{"file":"src/Orders/OrderService.cs","line":42,"member":"Submit"},"payload":{"orderId":7,"items":3},"tags":{"assembly":"Shop"},"correlation":{"order_id":"7"}}""";

    private const string RunStarted =
        """{"schema_version":"1","event_id":"01JDB8XQ5K3M7N9P2R4T6V8W0Y","timestamp":"2026-11-22T10:00:00.123456Z","run_id":"20261122T100000Z-a1b2c3","event":"run.started","source":"api","trace_id":"0af7651916cd43dd8448eb211c80319c","node":"buildhost/4242","seq":1,"thread":1,"payload":{"command":"dotnet demo.dll","machine":"buildhost","flowtest_version":"0.1.0"}}""";

    /// <summary><see cref="Started"/> with fields replaced (JSON text values) or removed (null).</summary>
    private static string Edit(string line, params (string Field, string? Json)[] edits)
    {
        using var document = JsonDocument.Parse(line);
        var fields = document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetRawText());
        foreach (var (field, json) in edits)
        {
            if (json is null)
            {
                fields.Remove(field);
            }
            else
            {
                fields[field] = json;
            }
        }

        return "{" + string.Join(",", fields.Select(f => JsonSerializer.Serialize(f.Key) + ":" + f.Value)) + "}";
    }

    [Fact]
    public void The_spec_examples_are_valid()
    {
        TraceSchema.AssertValid(RunStarted);
        TraceSchema.AssertValid(Started);
    }

    [Fact]
    public void The_examples_in_the_trace_format_doc_are_valid_and_parse()
    {
        var doc = File.ReadAllText(RepositoryRoot.Combine("docs/trace-format.md"));
        var start = doc.IndexOf("```jsonl\n", StringComparison.Ordinal) + "```jsonl\n".Length;
        var lines = doc.Substring(start, doc.IndexOf("```", start, StringComparison.Ordinal) - start).TrimEnd('\n').Split('\n');

        Assert.Equal(6, lines.Length);
        TraceSchema.AssertAllValid(lines);
        Assert.All(lines, line => Assert.True(FlowTest.Reading.TraceLineParser.TryParse(System.Text.Encoding.UTF8.GetBytes(line), out _)));
    }

    [Fact]
    public void Every_line_of_the_synthetic_run_is_valid()
    {
        TraceSchema.AssertAllValid(SyntheticRun.Lines);
    }

    [Fact]
    public void Unknown_fields_are_allowed_because_the_schema_is_additive()
    {
        Assert.Empty(TraceSchema.Validate(Edit(Started, ("span_kind", "\"internal\""), ("extra", "{\"a\":[1]}"))));
    }

    [Theory]
    [InlineData("run_id", null, "(line): missing required property \"run_id\"")]
    [InlineData("flow_id", "\"A1B2C3D4E5F60718\"", "/flow_id: \"A1B2C3D4E5F60718\" does not match")]
    [InlineData("flow_id", "\"0000000000000000\"", "/flow_id: \"0000000000000000\" does not match")]
    [InlineData("parent_id", null, "missing required property \"parent_id\"")]
    [InlineData("parent_id", "\"xyz\"", "/parent_id: \"xyz\" does not match")]
    [InlineData("trace_id", "\"0af7651916cd43dd\"", "/trace_id:")]
    [InlineData("timestamp", "\"2026-11-22T10:00:00.123Z\"", "/timestamp: \"2026-11-22T10:00:00.123Z\" does not match")]
    [InlineData("timestamp", "\"2026-13-45T10:00:00.123456Z\"", "/timestamp: \"2026-13-45T10:00:00.123456Z\" is not an RFC 3339 date-time")]
    [InlineData("event_id", "\"not-a-ulid\"", "/event_id:")]
    [InlineData("schema_version", "1", "/schema_version: must be \"1\" but is 1")]
    [InlineData("event", "\"flow.teleported\"", "/event: \"flow.teleported\" is not one of")]
    [InlineData("seq", "1.5", "/seq: expected \"integer\" but found 1.5")]
    [InlineData("payload", "[1,2]", "/payload: expected \"object\" but found [1,2]")]
    [InlineData("tags", "{\"assembly\":7}", "/tags/assembly: expected \"string\" but found 7")]
    [InlineData("code", "{\"file\":\"a.cs\",\"line\":\"42\"}", "/code/line: expected \"integer\"")]
    public void Broken_lines_fail_with_a_message_that_names_the_field(string field, string? json, string expected)
    {
        var errors = TraceSchema.Validate(Edit(Started, (field, json)));

        Assert.Contains(errors, e => e.StartsWith(expected, StringComparison.Ordinal) || e.Contains(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("flow.ended", "verdict")]
    [InlineData("flow.ended", "duration_ms")]
    [InlineData("flow.failure", "failure_class")]
    [InlineData("flow.failure", "severity")]
    [InlineData("flow.failure", "reason")]
    [InlineData("flow.exception", "exception")]
    [InlineData("flow.checkpoint", "step")]
    [InlineData("flow.metric", "step")]
    public void Each_event_requires_its_own_fields(string @event, string field)
    {
        var errors = TraceSchema.Validate(Edit(Started, ("event", JsonSerializer.Serialize(@event))));

        var error = Assert.Single(errors, e => e.Contains("\"" + field + "\"", StringComparison.Ordinal));
        Assert.Contains(@event, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Event_specific_values_are_checked()
    {
        var ended = Edit(Started, ("event", "\"flow.ended\""), ("verdict", "\"passed\""), ("duration_ms", "-1"));
        var failure = Edit(Started, ("event", "\"flow.failure\""), ("failure_class", "\"TIMEOUT\""), ("severity", "\"fatal\""), ("reason", "\"x\""));
        var metric = Edit(Started, ("event", "\"flow.metric\""), ("step", "\"latency_ms\""), ("payload", "{\"value\":\"fast\"}"));

        Assert.Equal(2, TraceSchema.Validate(ended).Count);
        Assert.Equal(2, TraceSchema.Validate(failure).Count);
        Assert.Contains(TraceSchema.Validate(metric), e => e.StartsWith("/payload/value: expected \"number\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_events_need_no_flow_fields()
    {
        Assert.Empty(TraceSchema.Validate(RunStarted));
    }

    [Fact]
    public void Text_that_is_not_one_json_object_fails()
    {
        Assert.Contains("not valid JSON", Assert.Single(TraceSchema.Validate("{\"schema_version\":")), StringComparison.Ordinal);
        Assert.Contains("newline", Assert.Single(TraceSchema.Validate(Started + "\n" + Started)), StringComparison.Ordinal);
        Assert.StartsWith("(line): expected \"object\"", Assert.Single(TraceSchema.Validate("[]")), StringComparison.Ordinal);
    }

    [Fact]
    public void AssertValid_fails_with_every_error_and_the_line()
    {
        var line = Edit(Started, ("flow_id", null), ("seq", "\"x\""));

        var failure = Assert.ThrowsAny<Exception>(() => TraceSchema.AssertValid(line));

        Assert.Contains("missing required property \"flow_id\"", failure.Message, StringComparison.Ordinal);
        Assert.Contains("/seq: expected \"integer\"", failure.Message, StringComparison.Ordinal);
        Assert.Contains(line, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_validator_refuses_keywords_it_does_not_check()
    {
        using var schema = JsonDocument.Parse("{\"type\":\"object\",\"properties\":{\"a\":{\"oneOf\":[]}}}");

        var refused = Assert.Throws<NotSupportedException>(() => new JsonSchemaSubset(schema.RootElement));

        Assert.Contains("oneOf", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_schema_file_declares_draft_2020_12()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(TraceSchema.SchemaPath));

        Assert.Equal("https://json-schema.org/draft/2020-12/schema", schema.RootElement.GetProperty("$schema").GetString());
    }
}
