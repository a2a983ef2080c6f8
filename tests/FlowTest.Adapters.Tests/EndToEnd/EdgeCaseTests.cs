using System.IO;
using System.Linq;
using System.Text.Json;

namespace FlowTest.Adapters.Tests.EndToEnd;

/// <summary>Issue 4 points 1, 2 and 7 at the edges: Environment.Exit in a test, a project that has its own test framework, listing tests only, xUnit's parallelism limit.</summary>
[Collection(SampleRunCollection.Name)]
public class EdgeCaseTests
{
    private readonly SampleRun _run;

    public EdgeCaseTests(SampleRun run) => _run = run;

    [Fact]
    public void A_test_calling_Environment_Exit_leaves_a_complete_valid_trace()
    {
        var trace = new RunTrace(_run.ExitRunDirectory);
        var test = trace.TestStarts.Single();

        Assert.Equal("ExitTests/Exits_the_process", test.Flow);
        Assert.Equal("incomplete", trace.Ended(test.FlowId!).Verdict);
        Assert.Contains(trace.Of(test.FlowId!), e => e.Step == "abandoned");
        foreach (var start in trace.Events.Where(e => e.Event == "flow.started"))
        {
            Assert.Single(trace.Events, e => e.Event == "flow.ended" && e.FlowId == start.FlowId);
        }

        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(_run.ExitRunDirectory, "run.json")));
        Assert.Equal("failed", manifest.RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public void FlowTest_Xunit_runs_no_more_collections_at_once_than_xUnit_allows()
    {
        // Each test fails if it saw another collection's test running beside it (MaxParallelThreads = 1),
        // or a thread-pool minimum that leaves no worker beside the two the test host blocks.
        Assert.True(_run.ParallelLimitTest.ExitCode == 0, _run.ParallelLimitTest.ToString());
        var trace = new RunTrace(_run.ParallelLimitRunDirectory);
        Assert.Equal(3, trace.TestStarts.Count());
        Assert.All(trace.TestStarts, start => Assert.Equal("success", trace.Ended(start.FlowId!).Verdict));
    }

    [Fact]
    public void Listing_the_tests_creates_no_run()
    {
        Assert.True(_run.ListTests.ExitCode == 0, _run.ListTests.ToString());
        Assert.Contains("Checks_several_things", _run.ListTests.Output, System.StringComparison.Ordinal);
        Assert.Contains("Adds_later", _run.ListTests.Output, System.StringComparison.Ordinal);
        Assert.False(Directory.Exists(_run.ListingArtifacts), "listing the tests created " + _run.ListingArtifacts);
    }

    [Fact]
    public void A_project_with_its_own_test_framework_gets_FT3001_and_still_builds()
    {
        Assert.True(_run.OwnFrameworkBuild.ExitCode == 0, _run.OwnFrameworkBuild.ToString());
        Assert.Contains("warning FT3001", _run.OwnFrameworkBuild.Output, System.StringComparison.Ordinal);
        Assert.Contains("FlowTest.Xunit.FlowTestFramework", _run.OwnFrameworkBuild.Output, System.StringComparison.Ordinal);
    }

    [Fact]
    public void The_packages_register_the_adapters_and_FlowTestRegisterAdapter_false_opts_out()
    {
        Assert.Contains("FlowTest.Xunit.FlowTestFramework", _run.GeneratedAssemblyInfo("XunitSample"), System.StringComparison.Ordinal);
        Assert.Contains("FlowTest.NUnit.FlowTestActionAttribute", _run.GeneratedAssemblyInfo("NUnitSample"), System.StringComparison.Ordinal);
        Assert.True(_run.OptOutBuild.ExitCode == 0, _run.OptOutBuild.ToString());
        Assert.DoesNotContain("FlowTest", _run.GeneratedAssemblyInfo("OptOutSample"), System.StringComparison.Ordinal);
    }
}
