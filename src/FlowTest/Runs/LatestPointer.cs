using System.IO;
using System.Text.Json;

namespace FlowTest.Runs;

/// <summary>
/// <c>latest</c> (a symlink, a junction on Windows) and <c>latest.json</c>, moved atomically to a
/// run when it ends (SPEC §7).
/// </summary>
internal static class LatestPointer
{
    public const string LinkName = "latest";
    public const string JsonName = "latest.json";

    /// <summary>Moves both pointers; returns <see langword="false"/> when the link could not be made (latest.json still is).</summary>
    public static bool MoveTo(string root, string runId, string status)
    {
        var runDirectory = Path.Combine(root, "runs", runId);
        var json = JsonSerializer.Serialize(new LatestRecord(runId, runDirectory, status), LatestRecord.Options);
        AtomicFile.WriteAllText(Path.Combine(root, JsonName), json);
        return AtomicFile.ReplaceSymbolicLink(Path.Combine(root, LinkName), "runs/" + runId);
    }

    /// <summary>The run id <c>latest.json</c> names, or <see langword="null"/>.</summary>
    public static string? ReadRunId(string root)
    {
        try
        {
            var path = Path.Combine(root, JsonName);
            return File.Exists(path) ? JsonSerializer.Deserialize<LatestRecord>(File.ReadAllText(path), LatestRecord.Options)?.RunId : null;
        }
        catch (System.Exception e) when (e is IOException or JsonException or System.UnauthorizedAccessException)
        {
            return null;
        }
    }

    private sealed record LatestRecord(string RunId, string Path, string Status)
    {
        public static readonly JsonSerializerOptions Options = new()
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            WriteIndented = true,
        };
    }
}
