using FlowTest.Context;

namespace FlowTest.Tests.Context;

public sealed class VerdictRulesTests
{
    [Theory]
    [InlineData(FlowVerdict.Incomplete, FlowVerdict.Success, FlowVerdict.Success)]
    [InlineData(FlowVerdict.Incomplete, FlowVerdict.Failure, FlowVerdict.Failure)]
    [InlineData(FlowVerdict.Success, FlowVerdict.Failure, FlowVerdict.Failure)]
    [InlineData(FlowVerdict.Failure, FlowVerdict.Success, FlowVerdict.Failure)]
    [InlineData(FlowVerdict.Failure, FlowVerdict.Exception, FlowVerdict.Failure)]
    [InlineData(FlowVerdict.Exception, FlowVerdict.Failure, FlowVerdict.Exception)]
    [InlineData(FlowVerdict.Success, FlowVerdict.Exception, FlowVerdict.Exception)]
    [InlineData(FlowVerdict.Success, FlowVerdict.Success, FlowVerdict.Success)]
    [InlineData(FlowVerdict.Skipped, FlowVerdict.Failure, FlowVerdict.Skipped)]
    public void First_failure_wins_and_success_only_fills_an_empty_verdict(FlowVerdict current, FlowVerdict offered, FlowVerdict expected)
    {
        Assert.Equal(expected, VerdictRules.Combine(current, offered));
    }
}
