using FlowTest.Artifacts.Digest;

namespace FlowTest.Runs;

/// <summary>
/// Whether an ended run passed. When the run holds test flows, the tests decide: a failing business
/// flow inside a passing test is what that test expected. A test flow left incomplete (its process
/// exited mid-test) fails the run. Without test flows, any failure or exception fails it.
/// </summary>
internal static class RunStatusRules
{
    public static string FromVerdicts(VerdictCounts all, VerdictCounts tests)
    {
        if (tests.Total > 0)
        {
            return tests.Failure + tests.Exception + tests.Incomplete > 0 ? RunStatus.Failed : RunStatus.Passed;
        }

        return all.Failure + all.Exception > 0 ? RunStatus.Failed : RunStatus.Passed;
    }
}
