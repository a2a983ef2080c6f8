using System.IO;
using System.Text;
using System.Text.Json;

namespace FlowTest.Runs;

/// <summary>
/// <c>latest</c> (a symlink, a junction on Windows) and <c>latest.json</c>, moved atomically to a
/// run when it ends (SPEC §7). latest.json is written and read field by field, like run.json
/// (<see cref="RunManifestJson"/>): the last test host of a run writes it, and the reflection-based
/// serializer's first use cost that host tens of milliseconds of CPU for three strings.
/// </summary>
internal static class LatestPointer
{
    public const string LinkName = "latest";
    public const string JsonName = "latest.json";

    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true };

    /// <summary>Moves both pointers; returns <see langword="false"/> when the link could not be made (latest.json still is).</summary>
    public static bool MoveTo(string root, string runId, string status)
    {
        var runDirectory = Path.Combine(root, "runs", runId);
        AtomicFile.WriteAllText(Path.Combine(root, JsonName), Json(runId, runDirectory, status));
        return AtomicFile.ReplaceSymbolicLink(Path.Combine(root, LinkName), "runs/" + runId);
    }

    /// <summary>The run id <c>latest.json</c> names, or <see langword="null"/>.</summary>
    public static string? ReadRunId(string root)
    {
        try
        {
            var path = Path.Combine(root, JsonName);
            return File.Exists(path) ? RunIdIn(File.ReadAllText(path)) : null;
        }
        catch (System.Exception e) when (e is IOException or JsonException or System.UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>latest.json's text: <c>{"run_id", "path", "status"}</c>, indented.</summary>
    internal static string Json(string runId, string runDirectory, string status)
    {
        using var buffer = new MemoryStream(256);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("run_id", runId);
            writer.WriteString("path", runDirectory);
            writer.WriteString("status", status);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>The <c>run_id</c> string of a latest.json text; <see langword="null"/> when it has none.</summary>
    /// <exception cref="JsonException">The text is not JSON.</exception>
    internal static string? RunIdIn(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.ValueKind == JsonValueKind.Object
            && document.RootElement.TryGetProperty("run_id", out var runId)
            && runId.ValueKind == JsonValueKind.String
                ? runId.GetString()
                : null;
    }
}
