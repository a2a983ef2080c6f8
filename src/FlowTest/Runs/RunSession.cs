using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FlowTest.Writing;

namespace FlowTest.Runs;

/// <summary>
/// One process's membership of a run directory. Joining creates the run (first writer: run.json,
/// retention) or adds this process to it; leaving lets the last live writer finalize the run.
/// Membership changes happen under the run's cross-process lock.
/// </summary>
internal sealed class RunSession : IDisposable
{
    private const string LockFileName = ".run.lock";
    private static readonly TimeSpan LockTimeout = TimeSpan.FromSeconds(30);
    private readonly CrossProcessLock _lock;
    private bool _left;

    private RunSession(CrossProcessLock runLock, string root, string runDirectory, string runId, string host, int pid, bool isFirstWriter, RunManifest manifest)
    {
        _lock = runLock;
        Root = root;
        RunDirectory = runDirectory;
        RunId = runId;
        Host = host;
        Pid = pid;
        IsFirstWriter = isFirstWriter;
        Manifest = manifest;
    }

    public string Root { get; }

    public string RunDirectory { get; }

    public string RunId { get; }

    public string Host { get; }

    public int Pid { get; }

    /// <summary>Whether this process created the run (it writes <c>run.started</c>).</summary>
    public bool IsFirstWriter { get; }

    /// <summary>run.json as it stood after this process joined.</summary>
    public RunManifest Manifest { get; }

    /// <summary>
    /// Creates or joins <c>runs/&lt;runId&gt;/</c> under <paramref name="root"/>;
    /// <paramref name="createManifest"/> builds run.json when the run is new.
    /// </summary>
    public static RunSession Join(string root, string runId, string host, int pid, int keepRuns, Func<RunManifest> createManifest)
    {
        var runsDirectory = Path.Combine(root, "runs");
        var runDirectory = Path.Combine(runsDirectory, runId);
        Directory.CreateDirectory(runDirectory);
        // One lock object per process and run: byte-range locks belong to the process, and closing
        // any handle of the lock file would drop them.
        var runLock = new CrossProcessLock(Path.Combine(runDirectory, LockFileName), LockTimeout);
        runLock.Acquire();
        try
        {
            var existing = RunManifest.TryRead(runDirectory);
            var isFirst = existing is null;
            var node = host + "/" + pid;
            var manifest = isFirst
                ? createManifest() with { Writers = new[] { node } }
                : existing! with { Status = RunStatus.Running, EndedAt = null, DurationMs = null, Writers = existing.Writers.Concat(new[] { node }).Distinct().ToArray() };
            manifest.Write(runDirectory);
            WriterRegistry.Register(runDirectory, host, pid);
            if (isFirst)
            {
                RunRetention.Apply(runsDirectory, runId, keepRuns, host, pid);
            }

            return new RunSession(runLock, root, runDirectory, runId, host, pid, isFirst, manifest);
        }
        catch
        {
            runLock.Dispose();
            throw;
        }
        finally
        {
            runLock.Release();
        }
    }

    /// <summary>
    /// Leaves the run. <paramref name="beforeLeaving"/> runs under the lock with whether this process
    /// is the last live writer (the place to write run.ended and flush); when it is,
    /// <paramref name="finalize"/> then writes the run's end files.
    /// </summary>
    public void Leave(Action<bool> beforeLeaving, Action<RunSession, RunManifest> finalize)
    {
        if (_left)
        {
            return;
        }

        _left = true;
        _lock.Acquire();
        try
        {
            var others = WriterRegistry.LiveWriters(RunDirectory, Host, Pid);
            var isLast = others.Count == 0;
            beforeLeaving(isLast);
            if (isLast)
            {
                finalize(this, RunManifest.TryRead(RunDirectory) ?? Manifest);
            }

            WriterRegistry.Unregister(RunDirectory, Host, Pid);
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>Adds this writer's dropped-event count to run.json (under the lock).</summary>
    public void AddDroppedEvents(long dropped)
    {
        if (dropped <= 0)
        {
            return;
        }

        var manifest = RunManifest.TryRead(RunDirectory) ?? Manifest;
        (manifest with { EventsDropped = manifest.EventsDropped + dropped }).Write(RunDirectory);
    }

    public void Dispose() => _lock.Dispose();

    /// <summary>Names of files and folders the runtime keeps inside a run directory (not artifacts).</summary>
    public static IReadOnlyCollection<string> InternalNames { get; } = new[] { LockFileName, ".trace.lock", WriterRegistry.DirectoryName };
}
