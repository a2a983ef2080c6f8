using System;
using FlowTest.Runs;

namespace FlowTest.Cli.Runs;

/// <summary>One run directory with what its run.json says; <see cref="Status"/> accounts for dead writers.</summary>
internal sealed record RunEntry(string RunId, string Directory, RunManifest? Manifest, string Status)
{
    /// <summary>When the run started: run.json, else the directory's creation time.</summary>
    public DateTimeOffset StartedAt =>
        Manifest?.StartedAt is { } started && started != default
            ? started
            : new DateTimeOffset(System.IO.Directory.GetCreationTimeUtc(Directory), TimeSpan.Zero);
}
