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
/// moves latest.
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

    public static void Finalize(RunSession session, RunManifest manifest, LoadedConfiguration configuration, WarningReporter warnings, CiEnvironment? ci = null)
    {
        var config = configuration.Config;
        var reader = new RunDigestReader(new RunDigestOptions { TailEvents = config.Artifacts.TraceTailEvents });
        // A trace that is not a regular file (a link to a device, say) is not read back: it may never end.
        var readable = TraceFiles.Enumerate(session.RunDirectory).All(part => (File.GetAttributes(part) & FileAttributes.ReparsePoint) == 0);
        var digest = readable ? reader.ReadRun(session.RunDirectory) : reader.Digest;
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

        var header = new RunHeader
        {
            RunId = final.RunId,
            Status = status,
            StartedAt = final.StartedAt,
            EndedAt = final.EndedAt,
            DurationMs = final.DurationMs,
            GitSha = final.GitSha,
            GitBranch = final.GitBranch,
            Machine = final.Machine,
            Command = final.Command,
            FlowTestVersion = final.FlowtestVersion,
            RunDirectory = session.RunDirectory,
            TracePath = Path.Combine(session.RunDirectory, TraceFiles.MainFileName),
            RunJsonPath = Path.Combine(session.RunDirectory, RunManifest.FileName),
            SummaryPath = final.Artifacts.Summary is null ? null : Path.Combine(session.RunDirectory, final.Artifacts.Summary),
            AskPath = final.Artifacts.Ask is null ? null : Path.Combine(session.RunDirectory, final.Artifacts.Ask),
            ReadStats = reader.Stats,
        };

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
