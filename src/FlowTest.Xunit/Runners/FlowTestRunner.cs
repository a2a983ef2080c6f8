using System;
using System.Collections.Generic;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using FlowTest.Adapters;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace FlowTest.Xunit.Runners;

/// <summary>
/// One test = one flow. xUnit calls <see cref="AfterTestStarting"/> before it constructs the test
/// class and <see cref="BeforeTestFinished"/> after the instance is disposed, so constructor,
/// <c>IAsyncLifetime</c>, body and dispose all run inside the flow.
/// </summary>
internal sealed class FlowTestRunner : XunitTestRunner
{
    private FlowScope _flow = FlowScope.Disabled;
    private Exception? _failure;
    private string? _output;

    public FlowTestRunner(ITest test, IMessageBus messageBus, Type testClass, object[] constructorArguments, MethodInfo testMethod, object[] testMethodArguments, string skipReason, IReadOnlyList<BeforeAfterTestAttribute> beforeAfterAttributes, ExceptionAggregator aggregator, CancellationTokenSource cancellationTokenSource)
        : base(test, messageBus, testClass, constructorArguments, testMethod, testMethodArguments, skipReason, beforeAfterAttributes, aggregator, cancellationTokenSource)
    {
    }

    // Runs synchronously inside RunAsync, so the flow made current here flows into the test's context.
    protected override void AfterTestStarting()
    {
        base.AfterTestStarting();
        _flow = TestFlows.Start(TestSources.Xunit, XunitTestIdentity.Of(Test, TestClass, TestMethod, TestMethodArguments));
    }

    protected override async Task<Tuple<decimal, string>> InvokeTestAsync(ExceptionAggregator aggregator)
    {
        var result = await base.InvokeTestAsync(aggregator);
        // The aggregator holds what escaped the constructor, body or dispose: the object, not just text.
        _failure = aggregator.ToException();
        _output = result?.Item2;
        return result!;
    }

    protected override void BeforeTestFinished()
    {
        TestFlows.Finish(_flow, Report());
        base.BeforeTestFinished();
    }

    private TestResultReport Report()
    {
        if (!string.IsNullOrEmpty(SkipReason))
        {
            return new TestResultReport { Outcome = TestOutcome.Skipped, Message = SkipReason };
        }

        if (_failure is null)
        {
            return string.IsNullOrEmpty(_output) ? TestResultReport.Passed : new TestResultReport { Outcome = TestOutcome.Passed, Output = _output };
        }

        var failure = Unwrap(_failure);
        return new TestResultReport
        {
            Outcome = TestOutcome.Failed,
            Exception = failure,
            Message = failure.Message,
            IsAssertionFailure = AssertionExceptions.IsAssertion(failure),
            Output = _output,
        };
    }

    private static Exception Unwrap(Exception exception) =>
        exception is TargetInvocationException { InnerException: { } inner } ? inner : exception;
}
