using FlowTest.Artifacts.Digest;
using FlowTest.Runs;

namespace FlowTest.Adapters.Tests.Runs;

public class RunStatusRulesTests
{
    [Fact]
    public void A_failing_business_flow_inside_passing_tests_does_not_fail_the_run()
    {
        var all = Counts(FlowVerdict.Success, FlowVerdict.Success, FlowVerdict.Failure);
        var tests = Counts(FlowVerdict.Success, FlowVerdict.Success);

        Assert.Equal(RunStatus.Passed, RunStatusRules.FromVerdicts(all, tests));
    }

    [Fact]
    public void A_failed_test_fails_the_run() =>
        Assert.Equal(RunStatus.Failed, RunStatusRules.FromVerdicts(Counts(FlowVerdict.Failure), Counts(FlowVerdict.Failure)));

    [Fact]
    public void A_test_that_never_finished_fails_the_run() =>
        Assert.Equal(RunStatus.Failed, RunStatusRules.FromVerdicts(Counts(FlowVerdict.Incomplete), Counts(FlowVerdict.Incomplete)));

    [Fact]
    public void Skipped_tests_do_not_fail_the_run() =>
        Assert.Equal(RunStatus.Passed, RunStatusRules.FromVerdicts(Counts(FlowVerdict.Skipped), Counts(FlowVerdict.Skipped)));

    [Fact]
    public void Without_test_flows_any_failure_fails_the_run() =>
        Assert.Equal(RunStatus.Failed, RunStatusRules.FromVerdicts(Counts(FlowVerdict.Success, FlowVerdict.Exception), new VerdictCounts()));

    private static VerdictCounts Counts(params FlowVerdict[] verdicts)
    {
        var counts = new VerdictCounts();
        foreach (var verdict in verdicts)
        {
            counts.Add(verdict);
        }

        return counts;
    }
}
