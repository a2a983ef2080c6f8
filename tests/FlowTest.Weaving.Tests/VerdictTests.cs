using FlowTest.Weaving.Tests.Infrastructure;

namespace FlowTest.Weaving.Tests;

/// <summary>Issue 3 point 9: verdicts from return values (SPEC §4).</summary>
[Collection(WovenCollection.Name)]
public sealed class VerdictTests
{
    private readonly WovenFixtures _fixtures;

    public VerdictTests(WovenFixtures fixtures)
    {
        _fixtures = fixtures;
    }

    [Theory]
    [InlineData("VerdictShapes/ExitZero", "success")]
    [InlineData("VerdictShapes/ExitTwo", "failure")]
    [InlineData("VerdictShapes/PlainIntTwo", "success")]
    [InlineData("VerdictShapes/ResultFalse", "failure")]
    [InlineData("VerdictShapes/StatusFailed", "failure")]
    [InlineData("VerdictShapes/StatusOk", "success")]
    [InlineData("VerdictShapes/ErrorTrue", "failure")]
    [InlineData("VerdictShapes/PlainFalse", "success")]
    public void The_return_value_decides_the_verdict(string flow, string verdict)
    {
        Assert.Equal(verdict, ScenarioRun.Str(_fixtures.Woven("verdicts").EndedOnce(flow), "verdict"));
    }
}
