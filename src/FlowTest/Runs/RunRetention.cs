using System;
using System.Collections.Generic;
using System.IO;
using FlowTest.Reading;
using FlowTest.Writing;

namespace FlowTest.Runs;

/// <summary>
/// Keeps the newest <c>keep_runs</c> runs (SPEC §7), pruning the oldest when a run starts. Runs with
/// a live writer are never pruned; runs left "running" by dead writers are marked crashed.
/// </summary>
internal static class RunRetention
{
    /// <summary>Prunes runs under <paramref name="runsDirectory"/>; returns the ids removed.</summary>
    public static IReadOnlyList<string> Apply(string runsDirectory, string currentRunId, int keepRuns, string host, int pid)
    {
        var removed = new List<string>();
        if (!Directory.Exists(runsDirectory))
        {
            return removed;
        }

        // Loops over a class rather than LINQ over tuples: the first test host of every run comes
        // here cold, and generic LINQ code over value types is JIT-compiled even from a precompiled image.
        var others = new List<PastRun>();
        foreach (var path in Directory.GetDirectories(runsDirectory))
        {
            var id = Path.GetFileName(path);
            if (!string.Equals(id, currentRunId, StringComparison.Ordinal))
            {
                others.Add(new PastRun(path, id, RunManifest.TryRead(path)));
            }
        }

        foreach (var run in others)
        {
            if (run.Manifest?.Status == RunStatus.Running && WriterRegistry.LiveWriters(run.Path, host, exceptPid: -1).Count == 0)
            {
                TryMarkCrashed(run.Path, run.Manifest);
            }
        }

        // Newest first (ties by id, so every host prunes the same runs); everything after the newest keep_runs - 1 goes.
        others.Sort((a, b) => b.StartedAt != a.StartedAt ? b.StartedAt.CompareTo(a.StartedAt) : string.CompareOrdinal(a.Id, b.Id));
        for (var index = Math.Max(0, keepRuns - 1); index < others.Count; index++)
        {
            var run = others[index];
            if (WriterRegistry.LiveWriters(run.Path, host, exceptPid: -1).Count > 0)
            {
                continue;
            }

            try
            {
                Directory.Delete(run.Path, recursive: true);
                removed.Add(run.Id);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Someone is reading it; try again next run.
            }
        }

        return removed;
    }

    private static void TryMarkCrashed(string runDirectory, RunManifest manifest)
    {
        try
        {
            (manifest with { Status = RunStatus.Crashed }).Write(runDirectory);
            foreach (var part in TraceFiles.Enumerate(runDirectory))
            {
                PartialLineRepair.TrimPartialLastLine(part);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Read-only or gone: readers still derive "crashed" themselves.
        }
    }

    private sealed class PastRun
    {
        public PastRun(string path, string id, RunManifest? manifest)
        {
            Path = path;
            Id = id;
            Manifest = manifest;
            StartedAt = manifest?.StartedAt ?? new DateTimeOffset(Directory.GetCreationTimeUtc(path), TimeSpan.Zero);
        }

        public string Path { get; }

        public string Id { get; }

        public RunManifest? Manifest { get; }

        /// <summary>When the run started, by its manifest, else by its directory.</summary>
        public DateTimeOffset StartedAt { get; }
    }
}
