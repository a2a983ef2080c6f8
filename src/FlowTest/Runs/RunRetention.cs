using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
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

        var others = Directory.GetDirectories(runsDirectory)
            .Select(path => (Path: path, Id: Path.GetFileName(path), Manifest: RunManifest.TryRead(path)))
            .Where(run => !string.Equals(run.Id, currentRunId, StringComparison.Ordinal))
            .ToList();

        foreach (var run in others.Where(r => r.Manifest?.Status == RunStatus.Running))
        {
            if (WriterRegistry.LiveWriters(run.Path, host, exceptPid: -1).Count == 0)
            {
                TryMarkCrashed(run.Path, run.Manifest!);
            }
        }

        var keepOthers = Math.Max(0, keepRuns - 1);
        var oldestFirst = others
            .OrderByDescending(r => r.Manifest?.StartedAt ?? new DateTimeOffset(Directory.GetCreationTimeUtc(r.Path), TimeSpan.Zero))
            .Skip(keepOthers);
        foreach (var run in oldestFirst)
        {
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
}
