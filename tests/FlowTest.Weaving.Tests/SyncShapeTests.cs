using System.Linq;
using FlowTest.Weaving.Tests.Infrastructure;

namespace FlowTest.Weaving.Tests;

/// <summary>Issue 3 point 5: every synchronous shape, woven and executed.</summary>
[Collection(WovenCollection.Name)]
public sealed class SyncShapeTests
{
    private readonly WovenFixtures _fixtures;

    public SyncShapeTests(WovenFixtures fixtures)
    {
        _fixtures = fixtures;
    }

    private ScenarioRun Run => _fixtures.Woven("sync");

    [Fact]
    public void Woven_code_behaves_exactly_like_the_original()
    {
        Assert.Equal(0, Run.ExitCode);
        Assert.Equal(_fixtures.Plain("sync").Output, Run.Output);
    }

    [Theory]
    [InlineData("SyncShapes/StaticVoid")]
    [InlineData("SyncShapes/InstanceValue")]
    [InlineData("sync/reference")]
    [InlineData("Dog/Describe")]
    [InlineData("Dog/Greet")]
    [InlineData("Meters/Doubled")]
    public void Each_call_of_a_woven_method_is_one_flow_with_verdict_success(string flow)
    {
        Assert.Equal("success", ScenarioRun.Str(Run.EndedOnce(flow), "verdict"));
        Assert.Equal("woven", ScenarioRun.Str(Run.StartedOnce(flow), "source"));
    }

    [Fact]
    public void Every_return_path_ends_the_flow_once()
    {
        Assert.Equal(4, Run.Named("flow.ended", "SyncShapes/MultipleReturns").Count());
        Assert.Equal(2, Run.Named("flow.ended", "SyncShapes/TryCatchFinallyInside").Count(e => ScenarioRun.Str(e, "verdict") == "success"));
        Assert.Contains("returns=negative,zero,small,large", Run.Output);
        Assert.Contains("trycatch=12,11", Run.Output);
    }

    [Fact]
    public void Recursion_nests_each_call_under_its_caller()
    {
        var starts = Run.Named("flow.started", "SyncShapes/Factorial").ToList();
        Assert.Equal(3, starts.Count);
        Assert.Equal(ScenarioRun.Str(starts[0], "flow_id"), ScenarioRun.Str(starts[1], "parent_id"));
        Assert.Equal(ScenarioRun.Str(starts[1], "flow_id"), ScenarioRun.Str(starts[2], "parent_id"));
        Assert.Equal(3, Run.Named("flow.ended", "SyncShapes/Factorial").Count());
    }

    [Fact]
    public void Generic_methods_and_methods_of_generic_types_are_woven_open_and_closed()
    {
        Assert.Equal(2, Run.Named("flow.ended", "SyncShapes/Echo").Count());
        Assert.Equal(2, Run.Named("flow.ended", "Box/Get").Count());
        Assert.Single(Run.Named("flow.ended", "Box/Convert"));
        Assert.Equal(2, Run.Named("flow.ended", "Box/.ctor").Count());
        Assert.Contains("generic=7,seven,7.5", Run.Output);
    }

    [Fact]
    public void A_constructor_flow_starts_after_the_base_call_and_sees_its_arguments()
    {
        var started = Run.StartedOnce("Dog/.ctor");
        Assert.Equal("rex", ScenarioRun.Path(started, "payload", "name")?.GetString());
        Assert.Equal("success", ScenarioRun.Str(Run.EndedOnce("Dog/.ctor"), "verdict"));
    }

    [Fact]
    public void An_abstract_method_is_not_woven_but_its_override_without_flow_is_not_either()
    {
        Assert.Empty(Run.Named("flow.started", "Animal/Sound"));
        Assert.Empty(Run.Named("flow.started", "Dog/Sound"));
    }

    [Fact]
    public void Events_carry_the_repo_relative_source_file_and_line_of_the_method()
    {
        var code = ScenarioRun.Path(Run.StartedOnce("SyncShapes/StaticVoid"), "code")!.Value;
        Assert.Equal("tests/FlowTest.Weaving.Fixtures/SyncShapes.cs", code.GetProperty("file").GetString());
        Assert.Equal(SourceLines.LineOf("SyncShapes.cs", "public static void StaticVoid()") + 1, code.GetProperty("line").GetInt32());
        Assert.Equal("StaticVoid", code.GetProperty("member").GetString());
    }
}
