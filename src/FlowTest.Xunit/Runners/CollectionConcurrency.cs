using System;
using System.Linq;
using System.Threading;
using Xunit;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace FlowTest.Xunit.Runners;

/// <summary>
/// How many test collections xUnit lets run at once. Under its default (conservative) algorithm xUnit
/// 2.8+ bounds them with a semaphore taken in <c>XunitTestAssemblyRunner.RunTestCollectionAsync</c>, the
/// method <see cref="FlowTestAssemblyRunner"/> replaces; this is the same bound, read from the same
/// settings (<c>[assembly: CollectionBehavior]</c>, then the runner's options), so FlowTest.Xunit runs
/// tests exactly as parallel as xUnit would.
/// </summary>
internal static class CollectionConcurrency
{
    /// <summary>
    /// A gate of <c>maxParallelThreads</c> slots, or <see langword="null"/> when xUnit itself does not bound
    /// collections this way: parallelization off (one at a time anyway), the aggressive algorithm (bounded
    /// by its synchronization context) or an unlimited thread count (a negative value).
    /// </summary>
    public static SemaphoreSlim? Gate(IAssemblyInfo assembly, ITestFrameworkExecutionOptions options)
    {
        var behavior = assembly.GetCustomAttributes(typeof(CollectionBehaviorAttribute)).SingleOrDefault();
        var disabled = options.DisableParallelization() ?? behavior?.GetNamedArgument<bool>(nameof(CollectionBehaviorAttribute.DisableTestParallelization)) ?? false;
        var maxThreads = options.MaxParallelThreads() ?? behavior?.GetNamedArgument<int>(nameof(CollectionBehaviorAttribute.MaxParallelThreads)) ?? 0;
        if (maxThreads == 0)
        {
            maxThreads = Environment.ProcessorCount;
        }

        return disabled || maxThreads < 1 || options.ParallelAlgorithmOrDefault() == ParallelAlgorithm.Aggressive
            ? null
            : new SemaphoreSlim(maxThreads, maxThreads);
    }
}
