using System.Collections.Generic;
using System.IO;
using FlowTest.Runs;

namespace FlowTest.Adapters.Tests.Shared;

/// <summary>
/// The rehearsal a test host runs while its framework explores the assembly: the whole recording
/// path in memory — and nothing on disk, because a discovery-only run must never leave a run behind.
/// </summary>
public class TestHostRehearsalTests
{
    [Fact]
    public void A_rehearsal_records_renders_and_composes_a_passing_run_in_memory_only()
    {
        using var dir = new TempDirectory("rehearsal");
        var root = dir.Combine("artifacts");
        Directory.CreateDirectory(root);
        var environment = new Dictionary<string, string> { ["FLOWTEST_ARTIFACTS"] = root };
        var runIdBefore = System.Environment.GetEnvironmentVariable("FLOWTEST_RUN_ID");

        var end = TestHostRehearsal.Run(TestSources.NUnit, name => environment.GetValueOrDefault(name), dir.Path, dir.Path);

        Assert.NotNull(end);
        Assert.Equal(RunStatus.Passed, end.Manifest.Status);
        Assert.Equal(1, end.Manifest.Counts.Flows);
        Assert.Equal(1, end.Manifest.Counts.Success);
        Assert.Contains("Tests/Passes", end.Summary, System.StringComparison.Ordinal);

        // As a passing run's end under the default ask_md (on failure): no ask.md to rehearse.
        Assert.Null(end.Ask);
        Assert.Empty(Directory.EnumerateFileSystemEntries(root));
        Assert.Equal(new[] { root }, Directory.GetFileSystemEntries(dir.Path));
        Assert.Equal(runIdBefore, System.Environment.GetEnvironmentVariable("FLOWTEST_RUN_ID"));
    }

    [Fact]
    public void Nothing_is_rehearsed_when_recording_is_off()
    {
        using var dir = new TempDirectory("rehearsal-off");
        var environment = new Dictionary<string, string> { ["FLOWTEST_ARTIFACTS"] = dir.Combine("artifacts"), ["FLOWTEST_ENABLED"] = "false" };

        Assert.Null(TestHostRehearsal.Run(TestSources.Xunit, name => environment.GetValueOrDefault(name), dir.Path, dir.Path));
        Assert.Empty(Directory.EnumerateFileSystemEntries(dir.Path));
    }
}
