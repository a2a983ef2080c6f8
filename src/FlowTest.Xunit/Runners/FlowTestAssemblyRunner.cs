using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using FlowTest.Adapters;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace FlowTest.Xunit.Runners;

/// <summary>
/// Agrees on the run before the first test and leaves it before xUnit reports the assembly
/// finished: the runner may end the process right after that message.
/// </summary>
internal sealed class FlowTestAssemblyRunner : XunitTestAssemblyRunner
{
    public FlowTestAssemblyRunner(ITestAssembly testAssembly, IEnumerable<IXunitTestCase> testCases, IMessageSink diagnosticMessageSink, IMessageSink executionMessageSink, ITestFrameworkExecutionOptions executionOptions)
        : base(testAssembly, testCases, diagnosticMessageSink, executionMessageSink, executionOptions)
    {
    }

    protected override Task AfterTestAssemblyStartingAsync()
    {
        TestHostLifetime.BeginAssembly();
        return base.AfterTestAssemblyStartingAsync();
    }

    protected override async Task BeforeTestAssemblyFinishedAsync()
    {
        await base.BeforeTestAssemblyFinishedAsync();
        TestHostLifetime.EndAssembly();
    }

    protected override Task<RunSummary> RunTestCollectionAsync(IMessageBus messageBus, ITestCollection testCollection, IEnumerable<IXunitTestCase> testCases, CancellationTokenSource cancellationTokenSource) =>
        new FlowTestCollectionRunner(testCollection, testCases, DiagnosticMessageSink, messageBus, TestCaseOrderer, new ExceptionAggregator(Aggregator), cancellationTokenSource).RunAsync();
}
