using System;
using FlowTest.Config;
using FlowTest.Diagnostics;

namespace FlowTest.Runs;

/// <summary>Writes a run's end files once its last writer leaves: run.json, summary.md, ask.md, latest.</summary>
internal static class RunFinalizer
{
    public static void Finalize(RunSession session, RunManifest manifest, LoadedConfiguration configuration, WarningReporter warnings)
    {
        var ended = DateTimeOffset.UtcNow;
        var final = manifest with
        {
            Status = RunStatus.Passed,
            EndedAt = ended,
            DurationMs = Math.Round((ended - manifest.StartedAt).TotalMilliseconds, 3),
        };
        final.Write(session.RunDirectory);
        if (!LatestPointer.MoveTo(session.Root, session.RunId, final.Status))
        {
            warnings.Report(RuntimeWarning.RunFinalizeFailed, "the 'latest' link could not be created; latest.json names the run.");
        }
    }
}
