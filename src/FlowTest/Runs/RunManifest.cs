using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace FlowTest.Runs;

/// <summary>run.json: what a run is, how it went, and where its files are (SPEC §7).</summary>
internal sealed record RunManifest
{
    public const string FileName = "run.json";

    public string SchemaVersion { get; init; } = "1";

    public string RunId { get; init; } = "";

    public string Status { get; init; } = RunStatus.Running;

    public DateTimeOffset StartedAt { get; init; }

    public DateTimeOffset? EndedAt { get; init; }

    public double? DurationMs { get; init; }

    public string TraceId { get; init; } = "";

    public RunCounts Counts { get; init; } = new();

    public long EventsDropped { get; init; }

    public string? GitSha { get; init; }

    public string? GitBranch { get; init; }

    public string Machine { get; init; } = "";

    public string Command { get; init; } = "";

    public string FlowtestVersion { get; init; } = "";

    /// <summary>Every writer (<c>host/pid</c>) that joined the run.</summary>
    public IReadOnlyList<string> Writers { get; init; } = Array.Empty<string>();

    public RunArtifactFiles Artifacts { get; init; } = new();

    /// <summary>Indented, snake_case, nulls written (see <see cref="RunManifestJson"/>).</summary>
    public string ToJson() => RunManifestJson.Write(this);

    public static RunManifest? TryRead(string runDirectory)
    {
        try
        {
            var path = Path.Combine(runDirectory, FileName);
            return File.Exists(path) ? RunManifestJson.Parse(File.ReadAllText(path)) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }

    public void Write(string runDirectory) => AtomicFile.WriteAllText(Path.Combine(runDirectory, FileName), ToJson());
}
