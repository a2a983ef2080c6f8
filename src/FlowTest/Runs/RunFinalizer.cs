using System;
using System.IO;
using System.Linq;
using FlowTest.Artifacts.Digest;
using FlowTest.Artifacts.Rendering;
using FlowTest.Ci;
using FlowTest.Config;
using FlowTest.Diagnostics;
using FlowTest.Reading;

namespace FlowTest.Runs;

/// <summary>
/// Writes a run's end files once its last writer leaves: reads the whole trace back (every
/// process's events) as a stream, digests it, renders summary.md and ask.md, writes run.json and
/// moves latest. When this process wrote the whole trace alone and digested it while writing
/// (<see cref="DigestingTraceSink"/>), that digest is used instead of reading the trace back.
/// </summary>
internal static class RunFinalizer
{
    private const int AskMaxBytes = 64 * 1024;

    /// <summary>
    /// Under GitHub Actions or Azure Pipelines: annotations, step summary and artifact hints (see
    /// <see cref="CiReporter"/>): on stdout, or, under <c>dotnet test</c> with FlowTest's VSTest logger,
    /// handed over to that logger, which prints them in the test log. A CI problem is a warning, never a
    /// failed run.
    /// </summary>
    private static void ReportToCi(CiEnvironment? ci, string runId, string runDirectory, string? summaryPath, RunDigest digest, WarningReporter warnings)
    {
        if (ci is null || ci.Provider == CiProvider.None)
        {
            return;
        }

        try
        {
            CiReporter.Report(ci, runId, runDirectory, summaryPath, CiAnnotations.From(digest.FirstFailures), Console.Out);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            warnings.Report(RuntimeWarning.RunFinalizeFailed, "reporting the run to " + ci.Provider + " failed: " + error.Message);
        }
    }

    /// <summary>What summary.md and ask.md say about the run itself, from its final run.json.</summary>
    public static RunHeader Header(RunManifest final, string runDirectory, TraceReadStats stats) => new()
    {
        RunId = final.RunId,
        Status = final.Status,
        StartedAt = final.StartedAt,
        EndedAt = final.EndedAt,
        DurationMs = final.DurationMs,
        GitSha = final.GitSha,
        GitBranch = final.GitBranch,
        Machine = final.Machine,
        Command = final.Command,
        FlowTestVersion = final.FlowtestVersion,
        RunDirectory = runDirectory,
        TracePath = Path.Combine(runDirectory, TraceFiles.MainFileName),
        RunJsonPath = Path.Combine(runDirectory, RunManifest.FileName),
        SummaryPath = final.Artifacts.Summary is null ? null : Path.Combine(runDirectory, final.Artifacts.Summary),
        AskPath = final.Artifacts.Ask is null ? null : Path.Combine(runDirectory, final.Artifacts.Ask),
        ReadStats = stats,
    };

    /// <summary>The digest's bounds for a run with <paramref name="config"/>.</summary>
    public static RunDigestOptions DigestOptions(FlowTestConfig config) => new() { TailEvents = config.Artifacts.TraceTailEvents };

    /// <param name="session">The run being left by its last writer.</param>
    /// <param name="manifest">run.json as it stands.</param>
    /// <param name="configuration">This process's configuration.</param>
    /// <param name="warnings">Where problems go.</param>
    /// <param name="ci">The CI the run is under, if any.</param>
    /// <param name="writtenTrace">This process's trace sink if it digested while writing; its digest replaces reading the trace back when it covers the whole trace.</param>
    public static void Finalize(RunSession session, RunManifest manifest, LoadedConfiguration configuration, WarningReporter warnings, CiEnvironment? ci = null, DigestingTraceSink? writtenTrace = null)
    {
        var config = configuration.Config;
        // A trace that is not a regular file (a link to a device, say) is not read back: it may never end.
        var readable = TraceFiles.Enumerate(session.RunDirectory).All(part => (File.GetAttributes(part) & FileAttributes.ReparsePoint) == 0);
        var written = readable ? writtenTrace?.TakeDigestOfWholeTrace(session.RunDirectory) : null;
        var reader = written ?? new RunDigestReader(DigestOptions(config));
        var digest = written is null && readable ? reader.ReadRun(session.RunDirectory) : reader.Digest;
        var status = RunStatusRules.FromVerdicts(digest.Verdicts, digest.TestVerdicts);
        var ended = DateTimeOffset.UtcNow;
        var writeAsk = config.Artifacts.AskMd == AskMdMode.Always || (config.Artifacts.AskMd == AskMdMode.OnFailure && digest.HasProblems);
        var final = manifest with
        {
            Status = status,
            EndedAt = ended,
            DurationMs = Math.Round((ended - manifest.StartedAt).TotalMilliseconds, 3),
            Counts = new RunCounts
            {
                Flows = digest.FlowsStarted,
                Success = digest.Verdicts.Success,
                Failure = digest.Verdicts.Failure,
                Exception = digest.Verdicts.Exception,
                Skipped = digest.Verdicts.Skipped,
                Incomplete = digest.Verdicts.Incomplete,
                Events = digest.Events,
                MalformedLines = reader.Stats.Malformed + reader.Stats.PartialTail,
            },
            Artifacts = new RunArtifactFiles
            {
                Summary = config.Artifacts.SummaryMd ? "summary.md" : null,
                Ask = writeAsk ? "ask.md" : null,
            },
        };

        var header = Header(final, session.RunDirectory, reader.Stats);

        if (header.SummaryPath is not null)
        {
            AtomicFile.WriteAllText(header.SummaryPath, SummaryRenderer.Render(header, digest, configuration.Catalog, config.Performance));
        }

        if (header.AskPath is not null)
        {
            AtomicFile.WriteAllText(header.AskPath, AskRenderer.Render(header, digest, configuration.Catalog, config.Artifacts.TraceTailEvents, AskMaxBytes, config.Performance));
        }

        final.Write(session.RunDirectory);
        if (!LatestPointer.MoveTo(session.Root, session.RunId, final.Status))
        {
            warnings.Report(RuntimeWarning.RunFinalizeFailed, "the 'latest' link could not be created; latest.json names the run.");
        }

        ReportToCi(ci, final.RunId, session.RunDirectory, header.SummaryPath, digest, warnings);
        if (config.Sinks.Console)
        {
            warnings.Info($"run {final.RunId} {status}: {final.Counts.Flows} flows ({final.Counts.Failure} failed, {final.Counts.Exception} exceptions); summary: {header.SummaryPath ?? header.RunJsonPath}");
        }
    }
}
