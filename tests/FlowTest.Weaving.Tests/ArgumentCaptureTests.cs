using System.Linq;
using System.Text.Json;
using FlowTest.Weaving.Tests.Infrastructure;

namespace FlowTest.Weaving.Tests;

/// <summary>Issue 3 point 7: arguments captured per SPEC §2/§6.</summary>
[Collection(WovenCollection.Name)]
public sealed class ArgumentCaptureTests
{
    private readonly WovenFixtures _fixtures;

    public ArgumentCaptureTests(WovenFixtures fixtures)
    {
        _fixtures = fixtures;
    }

    private ScenarioRun Run => _fixtures.Woven("arguments");

    private JsonElement Payload(string flow) => Run.StartedOnce(flow).GetProperty("payload");

    [Fact]
    public void Arguments_are_named_from_metadata_and_secrets_are_redacted_by_name_and_by_attribute()
    {
        var payload = Payload("ArgumentShapes/Login");
        Assert.Equal("ada", payload.GetProperty("user").GetString());
        Assert.Equal("REDACTED", payload.GetProperty("password").GetString());
        Assert.Equal("REDACTED", payload.GetProperty("pin").GetString());
        Assert.DoesNotContain("hunter2", Run.Events.Select(e => e.GetRawText()).Aggregate((a, b) => a + b));
        Assert.DoesNotContain("1234", payload.GetRawText());
        var redacted = Run.StartedOnce("ArgumentShapes/Login").GetProperty("redacted_fields").EnumerateArray().Select(p => p.GetString()).ToList();
        Assert.Contains("payload.password", redacted);
        Assert.Contains("payload.pin", redacted);
    }

    [Fact]
    public void A_no_trace_parameter_is_left_out()
    {
        Assert.False(Payload("ArgumentShapes/Login").TryGetProperty("ignored", out _));
    }

    [Fact]
    public void Ref_and_in_arguments_are_recorded_by_value_and_out_arguments_are_not()
    {
        var payload = Payload("ArgumentShapes/ByReference");
        Assert.Equal(5, payload.GetProperty("counter").GetInt32());
        Assert.Equal(21, payload.GetProperty("limit").GetInt32());
        Assert.False(payload.TryGetProperty("produced", out _));
        Assert.Contains("counter=6,produced=42", Run.Output);
    }

    [Fact]
    public void Span_and_pointer_arguments_are_recorded_by_type_name_only()
    {
        var span = Payload("ArgumentShapes/SumSpan");
        Assert.Equal("<Span<Int32>>", span.GetProperty("values").GetString());
        Assert.Equal("<ReadOnlySpan<Char>>", span.GetProperty("label").GetString());
        Assert.Equal("<Int32*>", Payload("ArgumentShapes/ReadPointer").GetProperty("value").GetString());
        Assert.Contains("span=8", Run.Output);
        Assert.Contains("pointer=42", Run.Output);
    }

    [Fact]
    public void Capture_return_value_records_the_result_as_a_return_checkpoint()
    {
        var checkpoint = Assert.Single(Run.Named("flow.checkpoint", "ArgumentShapes/Captured"));
        Assert.Equal("return", ScenarioRun.Str(checkpoint, "step"));
        Assert.Equal("order-7", checkpoint.GetProperty("payload").GetProperty("value").GetString());
    }

    [Fact]
    public void Capture_arguments_false_records_no_payload()
    {
        Assert.False(Run.StartedOnce("ArgumentShapes/NotCaptured").TryGetProperty("payload", out _));
    }

    [Fact]
    public void Attribute_tags_become_event_tags()
    {
        var tags = Run.StartedOnce("ArgumentShapes/Tagged").GetProperty("tags");
        Assert.Equal("payments", tags.GetProperty("team").GetString());
        Assert.Equal("true", tags.GetProperty("critical").GetString());
    }

    [Fact]
    public void No_trace_methods_and_types_are_not_woven_but_still_run()
    {
        Assert.Empty(Run.Named("flow.started", "NoTraceShapes/Skipped"));
        Assert.Empty(Run.Named("flow.started", "NoTraceType/AlsoSkipped"));
        Assert.Contains("skipped ran", Run.Output);
        Assert.Contains("also skipped ran", Run.Output);
    }
}
