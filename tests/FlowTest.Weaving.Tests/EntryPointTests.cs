using FlowTest.Weaving.Tests.Infrastructure;

namespace FlowTest.Weaving.Tests;

/// <summary>SPEC §2: an entry point <c>Main</c> treats its int result as a process exit code, also when async.</summary>
[Collection(WovenCollection.Name)]
public sealed class EntryPointTests
{
    private readonly WovenFixtures _fixtures;

    public EntryPointTests(WovenFixtures fixtures)
    {
        _fixtures = fixtures;
    }

    [Fact]
    public void Main_returning_zero_ends_its_flow_with_success_around_everything_it_ran()
    {
        var run = _fixtures.Woven("nesting");
        var main = run.StartedOnce("Program/Main");
        Assert.Equal("success", ScenarioRun.Str(run.EndedOnce("Program/Main"), "verdict"));
        Assert.Equal(ScenarioRun.Str(main, "flow_id"), ScenarioRun.Str(run.StartedOnce("outer"), "parent_id"));
    }

    [Fact]
    public void Main_returning_a_non_zero_exit_code_ends_its_flow_with_failure()
    {
        var run = _fixtures.Woven("no-such-scenario");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("failure", ScenarioRun.Str(run.EndedOnce("Program/Main"), "verdict"));
    }
}
