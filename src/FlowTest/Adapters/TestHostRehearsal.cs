using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using FlowTest.Artifacts.Digest;
using FlowTest.Config;
using FlowTest.Diagnostics;
using FlowTest.Reading;
using FlowTest.Recording;
using FlowTest.Runs;
using FlowTest.Writing;

namespace FlowTest.Adapters;

/// <summary>
/// A test host's recording, rehearsed in memory while the test framework is still exploring the
/// assembly: the configuration and git state are read, a recorder formats a passing test flow (with
/// output, a trait and an argument), and the digest of those lines is rendered into the end files of
/// a passing run as text. Nothing is written to disk, no environment variable is set, no run exists
/// afterwards.
/// </summary>
/// <remarks>
/// What it buys: the first use of FlowTest's code in a process costs type loading, binding of
/// precompiled code and JIT of generic code — all process-wide, tens of ms of CPU. Rehearsed on a
/// thread of its own beside the exploration, that cost is paid before the first test instead of on
/// the runner's critical path (the recorder's start before the first test, the rendering after the
/// last one). The run agreement's walk up the process tree is done here too, once for the process,
/// and the real recorder's queue storage is made (<see cref="TraceQueueStorage"/>).
/// <para>
/// Only a passing run is rehearsed, because most runs pass and on a two-core machine every ms of the
/// rehearsal is taken from the exploration beside it: the failure path, the problem sections of
/// summary.md and ask.md (written on failure by default) would cost a passing run ~25 ms of CPU for
/// nothing. A failing run renders those parts cold at its end instead.
/// </para>
/// </remarks>
internal static class TestHostRehearsal
{
    private const string RunId = "rehearsal";
    private const int QueueCapacity = 64;
    private static int s_started;

    /// <summary>
    /// Starts the rehearsal on a background thread of its own, once per process; returns at once, never
    /// throws. Not on the thread pool: a VSTest host keeps two pool threads blocked for the whole run, so
    /// on a two-core machine a rehearsal there (~100 ms of CPU) would hold the one worker the framework's
    /// exploration is queued for.
    /// </summary>
    public static void Start(string source)
    {
        if (Interlocked.Exchange(ref s_started, 1) != 0)
        {
            return;
        }

        try
        {
            new Thread(() => RunQuietly(source)) { IsBackground = true, Name = "FlowTest rehearsal" }.Start();
        }
        catch (Exception)
        {
            // Only a head start: without it the same work happens when the run starts.
        }
    }

    /// <summary>
    /// Rehearses the recording of a process whose environment is <paramref name="getVariable"/>
    /// (see <see cref="RecorderHost.Start"/>); returns the end files it rendered, or null when
    /// recording is off.
    /// </summary>
    public static RunEndFiles? Run(string source, Func<string, string?> getVariable, string currentDirectory, string appDirectory, Func<string, object?>? getAppSetting = null)
    {
        var root = RecorderHost.ResolveRoot(getVariable, currentDirectory, appDirectory, getAppSetting);
        var configuration = ConfigurationLoader.Load(root.Path, getVariable);
        if (!configuration.Config.Enabled)
        {
            return null;
        }

        var privacy = new Privacy.PrivacyPolicy(configuration.Config.Privacy);
        var manifest = RecorderHost.NewManifest(RunId, root, null, privacy);
        var lines = new MemoryTraceSink();
        var identity = new WriterIdentity(RunId, manifest.TraceId, RunId + "/0", 0);
        using (var recorder = new FlowRecorder(identity, configuration.Filter, privacy, lines, new SourcePathMapper(root.RepositoryRoot), new WarningReporter(TextWriter.Null), QueueCapacity))
        {
            RecorderHost.RecordRunStarted(recorder, manifest);
            RehearsePassingTest(recorder, source);
        }

        var reader = new RunDigestReader(RunFinalizer.DigestOptions(configuration.Config), parallel: false);
        reader.Read(lines.Written(), TraceFiles.MainFileName);
        var end = RunFinalizer.Compose(manifest, reader, Path.Combine(root.Path, "runs", RunId), configuration, DateTimeOffset.UtcNow);
        _ = end.Manifest.ToJson();
        return end;
    }

    private static void RunQuietly(string source)
    {
        try
        {
            TestRunAgreement.Prepare();
            if (Run(source, Environment.GetEnvironmentVariable, Environment.CurrentDirectory, AppContext.BaseDirectory, AppContext.GetData) is not null)
            {
                TraceQueueStorage.Prepare(FlowRecorder.DefaultQueueCapacity);
            }
        }
        catch (Exception)
        {
            // A rehearsal: the real start reads, records and reports problems for itself.
        }
    }

    // A passing test with what real tests often carry (output, a category, an argument), so those paths are warm too.
    private static void RehearsePassingTest(FlowRecorder recorder, string source)
    {
        var test = new TestIdentity
        {
            ClassName = "Rehearsal.Tests",
            MethodName = "Passes",
            DisplayName = "Rehearsal.Tests.Passes(1)",
            TestCaseId = "Passes",
            AssemblyName = "Rehearsal",
            TargetFramework = "net",
            Traits = new[] { new KeyValuePair<string, string>("Category", "rehearsal") },
            Arguments = new[] { new KeyValuePair<string, object?>("value", 1) },
        };
        TestFlows.Finish(TestFlows.StartOn(recorder, source, test), new TestResultReport { Outcome = TestOutcome.Passed, Output = "output" });
    }

    /// <summary>Keeps the rehearsal's trace lines in memory.</summary>
    private sealed class MemoryTraceSink : ITraceSink
    {
        private readonly MemoryStream _lines = new();

        public void Append(ArraySegment<byte> lines) => _lines.Write(lines.Array!, lines.Offset, lines.Count);

        public void Flush(bool durable)
        {
        }

        public void Dispose()
        {
        }

        public MemoryStream Written() => new(_lines.GetBuffer(), 0, (int)_lines.Length, writable: false);
    }
}
