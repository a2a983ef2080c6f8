using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace FlowTest.Xunit.Runners;

/// <summary>
/// Runs xUnit's own facts and theories through FlowTest's test-case runners. Test case types from
/// other libraries (e.g. SkippableFact) keep their own runner: their semantics live there.
/// </summary>
internal sealed class FlowTestMethodRunner : XunitTestMethodRunner
{
    private readonly IMessageSink _diagnosticMessageSink;
    private readonly object[] _constructorArguments;

    public FlowTestMethodRunner(ITestMethod testMethod, IReflectionTypeInfo @class, IReflectionMethodInfo method, IEnumerable<IXunitTestCase> testCases, IMessageSink diagnosticMessageSink, IMessageBus messageBus, ExceptionAggregator aggregator, CancellationTokenSource cancellationTokenSource, object[] constructorArguments)
        : base(testMethod, @class, method, testCases, diagnosticMessageSink, messageBus, aggregator, cancellationTokenSource, constructorArguments)
    {
        _diagnosticMessageSink = diagnosticMessageSink;
        _constructorArguments = constructorArguments;
    }

    protected override Task<RunSummary> RunTestCaseAsync(IXunitTestCase testCase)
    {
        var aggregator = new ExceptionAggregator(Aggregator);
        var type = testCase.GetType();
        if (type == typeof(XunitTestCase) || type == typeof(XunitSkippedDataRowTestCase))
        {
            return new FlowTestCaseRunner(testCase, testCase.DisplayName, testCase.SkipReason, _constructorArguments, testCase.TestMethodArguments, MessageBus, aggregator, CancellationTokenSource).RunAsync();
        }

        if (type == typeof(XunitTheoryTestCase))
        {
            return new FlowTheoryTestCaseRunner(testCase, testCase.DisplayName, testCase.SkipReason, _constructorArguments, _diagnosticMessageSink, MessageBus, aggregator, CancellationTokenSource).RunAsync();
        }

        return testCase.RunAsync(_diagnosticMessageSink, MessageBus, _constructorArguments, aggregator, CancellationTokenSource);
    }
}
