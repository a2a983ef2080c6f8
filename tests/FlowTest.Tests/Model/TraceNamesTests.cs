using FlowTest.Model;

namespace FlowTest.Tests.Model;

public sealed class TraceNamesTests
{
    [Fact]
    public void Every_event_kind_round_trips_through_its_wire_name()
    {
        for (var kind = EventKind.RunStarted; kind <= EventKind.FlowEnded; kind++)
        {
            Assert.True(TraceNames.TryParseEvent(TraceNames.EventName(kind), out var parsed));
            Assert.Equal(kind, parsed);
        }
    }

    [Fact]
    public void Unknown_event_names_are_reported_not_guessed()
    {
        Assert.False(TraceNames.TryParseEvent("flow.teleported", out _));
    }

    [Theory]
    [InlineData(FlowVerdict.Success, "success")]
    [InlineData(FlowVerdict.Failure, "failure")]
    [InlineData(FlowVerdict.Exception, "exception")]
    [InlineData(FlowVerdict.Skipped, "skipped")]
    [InlineData(FlowVerdict.Incomplete, "incomplete")]
    public void Verdicts_have_the_spec_names(FlowVerdict verdict, string name)
    {
        Assert.Equal(name, TraceNames.VerdictName(verdict));
        Assert.Equal(verdict, TraceNames.ParseVerdict(name));
    }
}
