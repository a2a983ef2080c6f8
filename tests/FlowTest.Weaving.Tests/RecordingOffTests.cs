using System.Collections.Generic;
using FlowTest.Weaving.Tests.Infrastructure;

namespace FlowTest.Weaving.Tests;

/// <summary>SPEC §4: with recording off, a woven method allocates nothing and records nothing.</summary>
[Collection(WovenCollection.Name)]
public sealed class RecordingOffTests
{
    private readonly WovenFixtures _fixtures;

    public RecordingOffTests(WovenFixtures fixtures)
    {
        _fixtures = fixtures;
    }

    [Fact]
    public void Woven_calls_allocate_nothing_while_recording_is_off()
    {
        using var dir = new TempDirectory();
        var run = FixtureProcess.Run(_fixtures.WovenAssembly, "disabled", dir.Path, new Dictionary<string, string> { ["FLOWTEST_ENABLED"] = "0" });

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("enabled=False", run.Output);
        Assert.Equal(new[] { "ALLOCATED|0" }, run.OutputLines("ALLOCATED|"));
        Assert.Empty(run.Events);
    }

    [Fact]
    public void Woven_calls_of_excluded_flows_allocate_nothing_while_recording_is_on()
    {
        using var dir = new TempDirectory();
        var exclude = "SyncShapes/**,Meters/**,VerdictShapes/**,ArgumentShapes/**";
        var run = FixtureProcess.Run(_fixtures.WovenAssembly, "disabled", dir.Path, new Dictionary<string, string> { ["FLOWTEST_EXCLUDE"] = exclude });

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("enabled=True", run.Output);
        Assert.Equal(new[] { "ALLOCATED|0" }, run.OutputLines("ALLOCATED|"));
        Assert.Empty(run.Named("flow.started", "ArgumentShapes/Login"));
    }

    [Fact]
    public void The_same_calls_do_record_while_recording_is_on()
    {
        using var dir = new TempDirectory();
        var run = FixtureProcess.Run(_fixtures.WovenAssembly, "disabled", dir.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("enabled=True", run.Output);
        Assert.NotEmpty(run.Named("flow.ended", "ArgumentShapes/Login"));
    }
}
