using System;
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

    /// <summary>Prints the lines and, on GitHub, appends summary.md to the step summary. I/O errors propagate to the caller.</summary>
    public static void Report(CiEnvironment environment, string runId, string runDirectory, string? summaryPath, IReadOnlyList<CiAnnotation> annotations, TextWriter output)
    {
        if (environment.Provider == CiProvider.None)
        {
            return;
        }

        foreach (var line in Lines(environment, runId, runDirectory, summaryPath, annotations))
        {
            output.WriteLine(line);
        }

        output.Flush();
        if (environment.StepSummaryPath is { } stepSummary && summaryPath is not null && File.Exists(summaryPath))
        {
            var text = StepSummaryText.Fit(File.ReadAllText(summaryPath, Encoding.UTF8), summaryPath);
            File.AppendAllText(stepSummary, text.EndsWith("\n", StringComparison.Ordinal) ? text : text + "\n", new UTF8Encoding(false));
        }
    }
}
