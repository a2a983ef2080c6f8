using System;
using System.Diagnostics;
using System.Threading;

namespace FlowTest.Benchmarks.Infrastructure;

/// <summary>
/// Runs an operation for about a second and then pauses, so tiered compilation (tier-0, then
/// instrumented, then optimized code with dynamic PGO) has promoted everything it calls before
/// BenchmarkDotNet measures. Millisecond-long iterations do not get there through BenchmarkDotNet's
/// warmup alone: the Activity baseline then measured 700 ns and 784 B instead of 280 ns and 736 B.
/// </summary>
internal static class JitWarmup
{
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(1.5);
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(500);

    /// <param name="operation">The benchmark body.</param>
    /// <param name="afterBurst">Runs after every 2,048 operations (FlowTest drains its queue here).</param>
    public static void Run(Action operation, Action? afterBurst = null)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < Duration)
        {
            for (var i = 0; i < 2048; i++)
            {
                operation();
            }

            afterBurst?.Invoke();
        }

        // The background compiler installs the last promotions shortly after the calls that triggered them.
        Thread.Sleep(Settle);
    }
}
