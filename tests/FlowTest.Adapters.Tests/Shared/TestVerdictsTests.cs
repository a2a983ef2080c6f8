using System;

namespace FlowTest.Adapters.Tests.Shared;

public class TestVerdictsTests
{
    [Fact]
    public void Passed_is_success() => Assert.Equal(FlowVerdict.Success, TestVerdicts.From(new TestResultReport { Outcome = TestOutcome.Passed }));

    [Fact]
    public void Skipped_is_skipped() => Assert.Equal(FlowVerdict.Skipped, TestVerdicts.From(new TestResultReport { Outcome = TestOutcome.Skipped }));

    [Fact]
    public void A_failed_assertion_is_failure() =>
        Assert.Equal(FlowVerdict.Failure, TestVerdicts.From(new TestResultReport { Outcome = TestOutcome.Failed, IsAssertionFailure = true }));

    [Fact]
    public void Any_other_exception_is_exception() =>
        Assert.Equal(FlowVerdict.Exception, TestVerdicts.From(new TestResultReport { Outcome = TestOutcome.Failed, Exception = new InvalidOperationException("boom") }));

    [Fact]
    public void Xunit_assertion_exceptions_are_recognised_as_assertions()
    {
        var failure = Record.Exception(() => Assert.Equal(1, 2))!;

        Assert.True(AssertionExceptions.IsAssertion(failure));
        Assert.False(AssertionExceptions.IsAssertion(new InvalidOperationException()));
    }

    [Fact]
    public void NUnit_assertion_exceptions_are_recognised_as_assertions() =>
        Assert.True(AssertionExceptions.IsAssertion(new global::NUnit.Framework.AssertionException("expected 1")));
}
