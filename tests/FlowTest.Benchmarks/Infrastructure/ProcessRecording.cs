using System;
using System.IO;
using FlowTest.Recording;

namespace FlowTest.Benchmarks.Infrastructure;

/// <summary>
/// Points the process-wide <see cref="Flow"/> runtime at a temporary artifacts root before its
/// first use, so the public API records exactly as in an application, but not into the repository.
/// The runtime starts once per process; BenchmarkDotNet runs each benchmark in its own process.
/// </summary>
internal sealed class ProcessRecording : IDisposable
{
    private ProcessRecording(string artifactsRoot)
    {
        ArtifactsRoot = artifactsRoot;
    }

    public string ArtifactsRoot { get; }

    /// <summary>Starts the runtime with recording on or off (<c>FLOWTEST_ENABLED</c>), checking that it took.</summary>
    public static ProcessRecording Start(bool enabled)
    {
        var root = Path.Combine(Path.GetTempPath(), "flowtest-benchmarks", "artifacts-" + Environment.ProcessId);
        Environment.SetEnvironmentVariable("FLOWTEST_ARTIFACTS", root);
        Environment.SetEnvironmentVariable("FLOWTEST_ENABLED", enabled ? "1" : "0");
        if (Flow.IsEnabled != enabled)
        {
            throw new InvalidOperationException($"the Flow runtime started before the benchmark set it up (expected enabled={enabled}).");
        }

        if (enabled && Flow.RunDirectory is null)
        {
            throw new InvalidOperationException("recording is on but has no run directory under " + root);
        }

        return new ProcessRecording(root);
    }

    /// <summary>The writer's counters, for the benchmark log.</summary>
    public static string Describe()
    {
        var recorder = FlowRuntime.Recorder;
        return recorder is null
            ? "recording off"
            : $"events written {recorder.EventsWritten:N0}, dropped {recorder.EventsDropped:N0}, producer waits on a full queue {recorder.QueueFullWaits:N0}";
    }

    /// <summary>Ends the run (flush, finalize) and deletes the artifacts.</summary>
    public void Dispose()
    {
        FlowRuntime.Shutdown();
        BenchmarkDirectory.DeleteQuietly(ArtifactsRoot);
    }
}
