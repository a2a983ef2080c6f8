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
        // A trace that is not a regular file (a link to a device, say) is not read back: it may never end.
        var readable = TraceFiles.Enumerate(session.RunDirectory).All(part => (File.GetAttributes(part) & FileAttributes.ReparsePoint) == 0);
        var written = readable ? writtenTrace?.TakeDigestOfWholeTrace(session.RunDirectory) : null;
        var reader = written ?? new RunDigestReader(DigestOptions(configuration.Config));
        if (written is null && readable)
        {
            reader.ReadRun(session.RunDirectory);
        }

        var end = Compose(manifest, reader, session.RunDirectory, configuration, DateTimeOffset.UtcNow);
        if (end.Summary is not null)
        {
            AtomicFile.WriteAllText(end.Header.SummaryPath!, end.Summary);
        }

        if (end.Ask is not null)
        {
            AtomicFile.WriteAllText(end.Header.AskPath!, end.Ask);
        }

        end.Manifest.Write(session.RunDirectory);
        if (!LatestPointer.MoveTo(session.Root, session.RunId, end.Manifest.Status))
        {
            warnings.Report(RuntimeWarning.RunFinalizeFailed, "the 'latest' link could not be created; latest.json names the run.");
        }

        ReportToCi(ci, end.Manifest.RunId, session.RunDirectory, end.Header.SummaryPath, reader.Digest, warnings);
        if (configuration.Config.Sinks.Console)
        {
            var counts = end.Manifest.Counts;
            warnings.Info($"run {end.Manifest.RunId} {end.Manifest.Status}: {counts.Flows} flows ({counts.Failure} failed, {counts.Exception} exceptions); summary: {end.Header.SummaryPath ?? end.Header.RunJsonPath}");
        }
    }

    /// <summary>
    /// The run's end files as text, from its digest: the final run.json (status, counts, which files
    /// exist), summary.md and ask.md (null when not written). No I/O.
    /// </summary>
    /// <param name="manifest">run.json as it stands.</param>
    /// <param name="reader">The digest of the whole trace and its read counts.</param>
    /// <param name="runDirectory">Where the files go (named in their text).</param>
    /// <param name="configuration">The finalizing process's configuration.</param>
    /// <param name="ended">When the run ended.</param>
    public static RunEndFiles Compose(RunManifest manifest, RunDigestReader reader, string runDirectory, LoadedConfiguration configuration, DateTimeOffset ended)
    {
        var config = configuration.Config;
        var digest = reader.Digest;
        var status = RunStatusRules.FromVerdicts(digest.Verdicts, digest.TestVerdicts);
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

        var header = Header(final, runDirectory, reader.Stats);
        var summary = header.SummaryPath is null ? null : SummaryRenderer.Render(header, digest, configuration.Catalog, config.Performance);
        var ask = header.AskPath is null ? null : AskRenderer.Render(header, digest, configuration.Catalog, config.Artifacts.TraceTailEvents, AskMaxBytes, config.Performance);
        return new RunEndFiles(final, header, summary, ask);
    }
}
