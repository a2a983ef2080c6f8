using System;
using System.Threading;
using FlowTest.Recording;
using FlowTest.Runs;

namespace FlowTest.Adapters;

/// <summary>
/// The test host's side of a run: before the first test, agree on the run id with the other test
/// hosts of the same <c>dotnet test</c>; after the last test, write everything and leave the run
/// (VSTest kills the host soon after it reports the last result, so this cannot wait for process
/// exit); if the process exits early (<c>Environment.Exit</c> in a test) end open test flows first.
/// </summary>
internal static class TestHostLifetime
{
    private static int _begun;

    /// <summary>
    /// Call as early as the test framework allows — while it explores the assembly — with the adapter's
    /// <see cref="TestSources"/> name: rehearses recording in memory on a background thread
    /// (<see cref="TestHostRehearsal"/>) so the run's start and end find FlowTest's code ready.
    /// Creates nothing; returns at once; never throws.
    /// </summary>
    public static void Prepare(string source) => TestHostRehearsal.Start(source);

    /// <summary>Call before any test runs (and before anything touches <see cref="Flow"/>). Idempotent; never throws.</summary>
    public static void BeginAssembly()
    {
        if (Interlocked.Exchange(ref _begun, 1) != 0)
        {
            return;
        }

        try
        {
            // The last host finalizes the run before VSTest is released: let it render a digest built beside the tests.
            FlowRuntime.PreferDigestWhileWriting();
            TestRunAgreement.Apply();
            // Registered before the runtime's own handler (it registers on first use), so open test
            // flows end before the recorder shuts down.
            AppDomain.CurrentDomain.ProcessExit += (_, _) => EndAssembly("the test process exited before the test finished");
        }
        catch (Exception error)
        {
            FlowRuntime.ReportInternalError(error);
        }
    }

    /// <summary>Call after the last test of the assembly: ends stragglers, flushes, leaves (and maybe finalizes) the run.</summary>
    public static void EndAssembly(string reasonForOpenFlows = "the test assembly finished before the test did")
    {
        try
        {
            using var noFullCollections = LowLatencyGcScope.Enter();
            TestFlows.AbandonOpen(reasonForOpenFlows);
            FlowRuntime.Shutdown();
        }
        catch (Exception error)
        {
            FlowRuntime.ReportInternalError(error);
        }
    }
}
