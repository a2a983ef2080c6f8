using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using FlowTest.Adapters;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace FlowTest.Xunit.Runners;

/// <summary>
/// Agrees on the run before the first test and leaves it before xUnit reports the assembly
/// finished: the runner may end the process right after that message. Hands each collection to
/// <see cref="FlowTestCollectionRunner"/>, as many at once as xUnit would run (<see cref="CollectionConcurrency"/>),
/// with a thread-pool worker kept free for them (<see cref="ThreadPoolFloor"/>).
/// </summary>
internal sealed class FlowTestAssemblyRunner : XunitTestAssemblyRunner
{
    private SemaphoreSlim? _collectionGate;

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

    public override void Dispose()
    {
        _collectionGate?.Dispose();
        base.Dispose();
    }

    protected override async Task<RunSummary> RunTestCollectionsAsync(IMessageBus messageBus, CancellationTokenSource cancellationTokenSource)
    {
        _collectionGate = CollectionConcurrency.Gate(TestAssembly.Assembly, ExecutionOptions);
        using (ThreadPoolFloor.Raise())
        {
            return await base.RunTestCollectionsAsync(messageBus, cancellationTokenSource);
        }
    }

    // Replaces xUnit's own, which also waits for a slot of its (private) collection semaphore.
    protected override async Task<RunSummary> RunTestCollectionAsync(IMessageBus messageBus, ITestCollection testCollection, IEnumerable<IXunitTestCase> testCases, CancellationTokenSource cancellationTokenSource)
    {
        var gate = _collectionGate;
        if (gate is not null)
        {
            await gate.WaitAsync(cancellationTokenSource.Token);
        }

        try
        {
            return await new FlowTestCollectionRunner(testCollection, testCases, DiagnosticMessageSink, messageBus, TestCaseOrderer, new ExceptionAggregator(Aggregator), cancellationTokenSource).RunAsync();
        }
        finally
        {
            gate?.Release();
        }
    }
}
