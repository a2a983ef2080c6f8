using System;
using System.Threading;
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
    // The parent chain is read once per process (it is the same before and after the first test), so a
    // test host can read it while its test framework explores the assembly instead of before the first test.
    private static readonly Lazy<ProcessSnapshot?> CommandOfThisProcess = new(
        () => TestCommandSelector.Choose(ProcessAncestry.OfCurrentProcess()), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Finds the test command among this process's ancestors now, for <see cref="Apply()"/> to use later. Sets nothing.</summary>
    public static void Prepare() => _ = CommandOfThisProcess.Value;

    /// <summary>Sets <c>FLOWTEST_RUN_ID</c> for this process when it is unset and a test command is found. Returns the id in effect, if any.</summary>
    public static string? Apply() => Apply(Environment.GetEnvironmentVariable, Environment.SetEnvironmentVariable, () => CommandOfThisProcess.Value, Environment.MachineName);

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
