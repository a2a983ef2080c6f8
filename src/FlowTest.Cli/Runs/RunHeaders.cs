using System.IO;
using FlowTest.Artifacts.Rendering;
using FlowTest.Reading;
using FlowTest.Runs;

namespace FlowTest.Cli.Runs;

/// <summary>Builds the renderers' <see cref="RunHeader"/> from a run directory and its run.json.</summary>
internal static class RunHeaders
{
    public static RunHeader For(RunEntry run, TraceReadStats stats)
    {
        var manifest = run.Manifest;
        return new RunHeader
        {
            RunId = run.RunId,
            Status = run.Status,
            StartedAt = manifest?.StartedAt is { } started && started != default ? started : null,
            EndedAt = manifest?.EndedAt,
            DurationMs = manifest?.DurationMs,
            GitSha = manifest?.GitSha,
            GitBranch = manifest?.GitBranch,
            Machine = manifest?.Machine,
            Command = manifest?.Command,
            FlowTestVersion = manifest?.FlowtestVersion,
            RunDirectory = run.Directory,
            TracePath = Path.Combine(run.Directory, TraceFiles.MainFileName),
            RunJsonPath = Path.Combine(run.Directory, RunManifest.FileName),
            SummaryPath = manifest?.Artifacts.Summary is { } summary ? Path.Combine(run.Directory, summary) : null,
            AskPath = manifest?.Artifacts.Ask is { } ask ? Path.Combine(run.Directory, ask) : null,
            ReadStats = stats,
        };
    }
}
