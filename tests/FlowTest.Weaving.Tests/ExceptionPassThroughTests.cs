using System.Linq;
using FlowTest.Weaving.Tests.Infrastructure;

namespace FlowTest.Weaving.Tests;

/// <summary>Issue 3 point 8: exceptions pass through unchanged, and are recorded.</summary>
[Collection(WovenCollection.Name)]
public sealed class ExceptionPassThroughTests
{
    private readonly WovenFixtures _fixtures;

    public ExceptionPassThroughTests(WovenFixtures fixtures)
    {
        _fixtures = fixtures;
    }

    private ScenarioRun Run => _fixtures.Woven("exceptions");

    [Fact]
    public void The_caller_catches_the_very_object_that_was_thrown()
    {
        Assert.Equal(new[] { "SAME|True", "SAME|True" }, Run.OutputLines("SAME|"));
    }

    [Fact]
    public void The_stack_trace_is_the_same_as_without_weaving_down_to_the_original_lines()
    {
        var woven = Run.OutputLines("STACK|").ToList();
        Assert.Equal(_fixtures.Plain("exceptions").OutputLines("STACK|"), woven);
        var throwLine = SourceLines.LineOf("ExceptionShapes.cs", "throw LastThrown;");
        Assert.Contains(woven, l => l.Contains("ThrowsHere", System.StringComparison.Ordinal) && l.EndsWith(":line " + throwLine, System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ExceptionShapes/ThrowsHere", "thrown here")]
    [InlineData("ExceptionShapes/ThrowsDeeper", "thrown deeper")]
    public void An_escaping_exception_is_recorded_and_ends_the_flow_with_verdict_exception(string flow, string message)
    {
        var recorded = Assert.Single(Run.Named("flow.exception", flow));
        Assert.Equal(message, ScenarioRun.Path(recorded, "exception", "message")?.GetString());
        Assert.Equal("exception", ScenarioRun.Str(Run.EndedOnce(flow), "verdict"));
    }
}
