using System;
using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using System.Threading;
using FlowTest.Adapters;
using FlowTest.Context;

namespace FlowTest.NUnit;

/// <summary>
/// NUnit reports an error as text only. To record the exception object itself (type, message,
/// stack, throwing frame), the last exception thrown inside each running test flow is remembered
/// as it is thrown; when the test errors with that type, that object is the one that escaped.
/// </summary>
internal static class EscapingExceptions
{
    // A few per test: NUnit and reflection wrap and rethrow what escaped the test (TargetInvocationException, NUnitException).
    private const int RememberedPerTest = 8;
    private static readonly ConcurrentDictionary<FlowScope, ConcurrentQueue<Exception>> Thrown = new();
    private static int _installed;

    [ThreadStatic]
    private static bool _inHandler;

    public static void Install()
    {
        if (Interlocked.Exchange(ref _installed, 1) == 0)
        {
            AppDomain.CurrentDomain.FirstChanceException += OnFirstChance;
        }
    }

    /// <summary>The exception of <paramref name="expectedType"/> most recently thrown inside <paramref name="testFlow"/>; forgets the flow either way.</summary>
    public static Exception? Take(FlowScope testFlow, string? expectedType)
    {
        if (!Thrown.TryRemove(testFlow, out var thrown) || expectedType is null)
        {
            return null;
        }

        Exception? match = null;
        foreach (var exception in thrown)
        {
            if (string.Equals(exception.GetType().FullName, expectedType, StringComparison.Ordinal))
            {
                match = exception;
            }
        }

        return match;
    }

    private static void OnFirstChance(object? sender, FirstChanceExceptionEventArgs e)
    {
        // Anything thrown while remembering must not come back here.
        if (_inHandler)
        {
            return;
        }

        _inHandler = true;
        try
        {
            for (var flow = FlowContext.Current; flow is not null; flow = flow.Parent)
            {
                if (flow.Parent is null && string.Equals(flow.Source, TestSources.NUnit, StringComparison.Ordinal) && !flow.IsEnded)
                {
                    var queue = Thrown.GetOrAdd(flow, _ => new ConcurrentQueue<Exception>());
                    queue.Enqueue(e.Exception);
                    while (queue.Count > RememberedPerTest && queue.TryDequeue(out _))
                    {
                    }

                    return;
                }
            }
        }
        catch (Exception)
        {
            // Telemetry never disturbs the test.
        }
        finally
        {
            _inHandler = false;
        }
    }
}
