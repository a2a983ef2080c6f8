using System.Linq;
using FlowTest.Weaving.Tests.Infrastructure;

namespace FlowTest.Weaving.Tests;

/// <summary>
/// The fixtures compiled with optimizations (what a Release build gives the weaver: struct state
/// machines, fewer locals) record the same flows with the same verdicts as the Debug build.
/// </summary>
[Collection(WovenCollection.Name)]
public sealed class OptimizedBuildTests : IClassFixture<OptimizedFixtures>
{
    private readonly WovenFixtures _debug;
    private readonly OptimizedFixtures _optimized;

    public OptimizedBuildTests(WovenFixtures debug, OptimizedFixtures optimized)
    {
        _debug = debug;
        _optimized = optimized;
    }

    [Theory]
    [InlineData("sync")]
    [InlineData("async")]
    [InlineData("iterators")]
    [InlineData("streams")]
    [InlineData("arguments")]
    [InlineData("verdicts")]
    [InlineData("exceptions")]
    public void An_optimized_build_behaves_like_the_original_and_records_what_the_debug_build_records(string scenario)
    {
        Assert.Equal(WeaveOutcome.Woven, _optimized.Result.Outcome);
        var woven = FixtureProcess.Run(_optimized.WovenAssembly, scenario, _optimized.ArtifactsFor("woven"));
        var plain = FixtureProcess.Run(_optimized.PlainAssembly, scenario, _optimized.ArtifactsFor("plain"));

        Assert.Equal(0, woven.ExitCode);
        Assert.Equal(plain.Output, woven.Output);
        Assert.Equal(Outcomes(_debug.Woven(scenario)), Outcomes(woven));
    }

    /// <summary>Every ended flow as <c>name|verdict</c>, sorted: what must not depend on the build configuration.</summary>
    private static string[] Outcomes(ScenarioRun run) =>
        run.Events.Where(e => ScenarioRun.Str(e, "event") == "flow.ended" && ScenarioRun.Str(e, "source") == "woven")
            .Select(e => ScenarioRun.Str(e, "flow") + "|" + ScenarioRun.Str(e, "verdict"))
            .OrderBy(s => s, System.StringComparer.Ordinal)
            .ToArray();
}
