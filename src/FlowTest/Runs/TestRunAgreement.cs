using System;
using FlowTest.Config;

namespace FlowTest.Runs;

/// <summary>
/// Makes every test host of one <c>dotnet test</c> command record into one run without user
/// input: unless <c>FLOWTEST_RUN_ID</c> is set, the id is derived from the command's process
/// (found in the parent chain) and put into this process's environment before recording starts,
/// so processes the tests start join the same run too.
/// </summary>
internal static class TestRunAgreement
{
    /// <summary>Sets <c>FLOWTEST_RUN_ID</c> for this process when it is unset and a test command is found. Returns the id in effect, if any.</summary>
    public static string? Apply() => Apply(Environment.GetEnvironmentVariable, Environment.SetEnvironmentVariable, () => TestCommandSelector.Choose(ProcessAncestry.OfCurrentProcess()), Environment.MachineName);

    public static string? Apply(Func<string, string?> getVariable, Action<string, string> setVariable, Func<ProcessSnapshot?> findCommand, string host)
    {
        var requested = getVariable(FlowTestEnvironmentVariables.RunId);
        if (!string.IsNullOrWhiteSpace(requested))
        {
            return requested;
        }

        var command = findCommand();
        if (command is null)
        {
            return null;
        }

        var runId = RunIdRules.ForCommand(host, command.Pid, command.StartUtc);
        setVariable(FlowTestEnvironmentVariables.RunId, runId);
        return runId;
    }
}
