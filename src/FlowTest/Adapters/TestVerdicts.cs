namespace FlowTest.Adapters;

/// <summary>Test outcome → flow verdict (SPEC §5): passed → success, assertion → failure, error → exception, skipped → skipped.</summary>
internal static class TestVerdicts
{
    public static FlowVerdict From(TestResultReport result) => result.Outcome switch
    {
        TestOutcome.Passed => FlowVerdict.Success,
        TestOutcome.Skipped => FlowVerdict.Skipped,
        _ => result.IsAssertionFailure ? FlowVerdict.Failure : FlowVerdict.Exception,
    };

    /// <summary>The failure class written for a failed assertion: the test's contract with the code under test.</summary>
    public const string AssertionFailureClass = "CONTRACT.ASSERTION";
}
