using System;
using System.Collections.Generic;
using System.Linq;
using FlowTest.Runs;

namespace FlowTest.Adapters.Tests.Runs;

public class TestRunAgreementTests
{
    private static readonly DateTime Start = new(2026, 11, 22, 10, 0, 0, 123, DateTimeKind.Utc);

    [Fact]
    public void Test_hosts_of_one_command_derive_the_same_run_id()
    {
        var command = new ProcessSnapshot(4242, 1, Start, "dotnet", new[] { "dotnet", "test" });

        var first = Agree(new Dictionary<string, string>(), command);
        var second = Agree(new Dictionary<string, string>(), command);

        Assert.Equal(first, second);
        Assert.Matches("^20261122T100000Z-[0-9a-f]{6}$", first);
    }

    [Fact]
    public void Two_commands_running_at_the_same_time_get_different_runs()
    {
        var one = Agree(new Dictionary<string, string>(), new ProcessSnapshot(4242, 1, Start, "dotnet", new[] { "dotnet", "test" }));
        var other = Agree(new Dictionary<string, string>(), new ProcessSnapshot(4243, 1, Start, "dotnet", new[] { "dotnet", "test" }));

        Assert.NotEqual(one, other);
    }

    [Fact]
    public void A_recycled_pid_started_later_is_another_run() =>
        Assert.NotEqual(RunIdRules.ForCommand("ci", 4242, Start), RunIdRules.ForCommand("ci", 4242, Start.AddMilliseconds(1)));

    [Fact]
    public void FLOWTEST_RUN_ID_wins_and_is_left_alone()
    {
        var environment = new Dictionary<string, string> { ["FLOWTEST_RUN_ID"] = "nightly-42" };

        var runId = Agree(environment, new ProcessSnapshot(4242, 1, Start, "dotnet", new[] { "dotnet", "test" }));

        Assert.Equal("nightly-42", runId);
        Assert.Equal("nightly-42", environment["FLOWTEST_RUN_ID"]);
    }

    [Fact]
    public void The_agreed_id_is_put_into_the_environment_so_child_processes_join()
    {
        var environment = new Dictionary<string, string>();

        var runId = Agree(environment, new ProcessSnapshot(7, 1, Start, "dotnet", new[] { "dotnet", "test" }));

        Assert.Equal(runId, environment["FLOWTEST_RUN_ID"]);
        Assert.True(RunIdRules.IsValid(runId));
    }

    [Fact]
    public void Without_a_test_command_nothing_is_set()
    {
        var environment = new Dictionary<string, string>();

        Assert.Null(TestRunAgreement.Apply(k => environment.TryGetValue(k, out var v) ? v : null, (k, v) => environment[k] = v, () => null, "ci"));
        Assert.Empty(environment);
    }

    [Fact]
    public void Under_dotnet_test_the_real_parent_chain_contains_the_command()
    {
        var ancestors = ProcessAncestry.OfCurrentProcess();
        Assert.NotEmpty(ancestors);
        // This assembly runs in a test host: vstest.console (or dotnet test) is among its ancestors.
        Assert.NotNull(TestCommandSelector.Choose(ancestors));
    }

    [Fact]
    public void Reading_the_parent_chain_twice_gives_the_same_start_times()
    {
        var first = ProcessAncestry.OfCurrentProcess();
        System.Threading.Thread.Sleep(20);
        var second = ProcessAncestry.OfCurrentProcess();

        Assert.Equal(first.Select(p => (p.Pid, p.StartUtc)), second.Select(p => (p.Pid, p.StartUtc)));
    }

    [Fact]
    public void The_parent_chain_has_the_names_the_process_api_reports()
    {
        var ancestors = ProcessAncestry.OfCurrentProcess();

        Assert.NotEmpty(ancestors);
        foreach (var ancestor in ancestors)
        {
            using var process = System.Diagnostics.Process.GetProcessById(ancestor.Pid);
            Assert.Equal(process.ProcessName, ancestor.Name);
            Assert.InRange(ancestor.StartUtc, DateTime.UtcNow.AddDays(-400), DateTime.UtcNow);
        }
    }

    private static string? Agree(Dictionary<string, string> environment, ProcessSnapshot command) =>
        TestRunAgreement.Apply(k => environment.TryGetValue(k, out var v) ? v : null, (k, v) => environment[k] = v, () => command, "ci");
}
