using System.Collections.Generic;
using System.IO;
using System.Text;

namespace FlowTest.Ci;

/// <summary>
/// At run end, tells the CI system about the run: annotations for the first failures, the summary
/// as the step summary, and where the run directory is (to upload it as an artifact).
/// </summary>
internal static class CiReporter
{
    /// <summary>The lines to print for <paramref name="environment"/>; empty outside CI.</summary>
    public static IReadOnlyList<string> Lines(CiEnvironment environment, string runId, string runDirectory, string? summaryPath, IReadOnlyList<CiAnnotation> annotations)
    {
        var lines = new List<string>();
        switch (environment.Provider)
        {
            case CiProvider.GitHubActions:
                foreach (var annotation in annotations)
                {
                    lines.Add(GitHubWorkflowCommands.Error(annotation));
                }

                lines.Add("FlowTest run directory: " + runDirectory);
                break;
            case CiProvider.AzurePipelines:
                foreach (var annotation in annotations)
                {
                    lines.Add(AzurePipelinesCommands.LogError(annotation));
                }

                if (summaryPath is not null)
                {
                    lines.Add(AzurePipelinesCommands.UploadSummary(summaryPath));
                }

                lines.Add(AzurePipelinesCommands.UploadArtifact(runId, runDirectory));
                break;
        }

        return lines;
    }

    /// <summary>
    /// Writes the lines to the run directory (<see cref="CiLogHandoff.LinesFileName"/>) and either hands
    /// them to FlowTest's VSTest logger (under <c>dotnet test</c>, where this process's stdout is not
    /// shown) or prints them; on GitHub, puts summary.md into the step summary. I/O errors propagate.
    /// </summary>
    public static void Report(CiEnvironment environment, string runId, string runDirectory, string? summaryPath, IReadOnlyList<CiAnnotation> annotations, TextWriter output)
    {
        if (environment.Provider == CiProvider.None)
        {
            return;
        }

        var lines = Lines(environment, runId, runDirectory, summaryPath, annotations);
        Runs.AtomicFile.WriteAllText(Path.Combine(runDirectory, CiLogHandoff.LinesFileName), string.Join("\n", lines) + "\n");
        if (environment.LoggerHandoffPath is { } handoff)
        {
            // The logger prints; one source of truth for what the CI log shows.
            File.WriteAllText(handoff, runDirectory, new UTF8Encoding(false));
        }
        else
        {
            foreach (var line in lines)
            {
                output.WriteLine(line);
            }

            output.Flush();
        }

        if (environment.StepSummaryPath is { } stepSummary && summaryPath is not null && File.Exists(summaryPath))
        {
            StepSummaryFile.Publish(stepSummary, runDirectory, StepSummaryText.Fit(File.ReadAllText(summaryPath, Encoding.UTF8), summaryPath));
        }
    }
}
