using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace FlowTest.Runs;

/// <summary>
/// run.json written and read field by field. Every test host writes and reads it when it joins and
/// leaves a run; the reflection-based serializer cost ~50 ms of CPU per host on first use (type
/// metadata, emitted accessors), far more than the file. Same output as
/// <c>JsonSerializer</c> with snake_case names, nulls written, indented.
/// </summary>
internal static class RunManifestJson
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(RunManifest manifest)
    {
        using var buffer = new MemoryStream(1024);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("schema_version", manifest.SchemaVersion);
            writer.WriteString("run_id", manifest.RunId);
            writer.WriteString("status", manifest.Status);
            writer.WriteString("started_at", manifest.StartedAt);
            WriteNullable(writer, "ended_at", manifest.EndedAt);
            WriteNullable(writer, "duration_ms", manifest.DurationMs);
            writer.WriteString("trace_id", manifest.TraceId);
            WriteCounts(writer, manifest.Counts);
            writer.WriteNumber("events_dropped", manifest.EventsDropped);
            writer.WriteString("git_sha", manifest.GitSha);
            writer.WriteString("git_branch", manifest.GitBranch);
            writer.WriteString("machine", manifest.Machine);
            writer.WriteString("command", manifest.Command);
            writer.WriteString("flowtest_version", manifest.FlowtestVersion);
            writer.WriteStartArray("writers");
            foreach (var node in manifest.Writers)
            {
                writer.WriteStringValue(node);
            }

            writer.WriteEndArray();
            writer.WriteStartObject("artifacts");
            writer.WriteString("trace", manifest.Artifacts.Trace);
            writer.WriteString("summary", manifest.Artifacts.Summary);
            writer.WriteString("ask", manifest.Artifacts.Ask);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>The manifest in <paramref name="json"/>; unknown fields are ignored, missing ones keep their defaults.</summary>
    /// <exception cref="JsonException">The text is not JSON or a field has the wrong type.</exception>
    public static RunManifest Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException("run.json is not an object");
        }

        try
        {
            var manifest = new RunManifest();
            var counts = new RunCounts();
            var artifacts = new RunArtifactFiles();
            foreach (var field in root.EnumerateObject())
            {
                var value = field.Value;
                manifest = field.Name switch
                {
                    "schema_version" => manifest with { SchemaVersion = Text(value) ?? manifest.SchemaVersion },
                    "run_id" => manifest with { RunId = Text(value) ?? "" },
                    "status" => manifest with { Status = Text(value) ?? RunStatus.Running },
                    "started_at" => manifest with { StartedAt = value.GetDateTimeOffset() },
                    "ended_at" => manifest with { EndedAt = value.ValueKind == JsonValueKind.Null ? null : value.GetDateTimeOffset() },
                    "duration_ms" => manifest with { DurationMs = value.ValueKind == JsonValueKind.Null ? null : value.GetDouble() },
                    "trace_id" => manifest with { TraceId = Text(value) ?? "" },
                    "events_dropped" => manifest with { EventsDropped = value.GetInt64() },
                    "git_sha" => manifest with { GitSha = Text(value) },
                    "git_branch" => manifest with { GitBranch = Text(value) },
                    "machine" => manifest with { Machine = Text(value) ?? "" },
                    "command" => manifest with { Command = Text(value) ?? "" },
                    "flowtest_version" => manifest with { FlowtestVersion = Text(value) ?? "" },
                    "writers" => manifest with { Writers = Writers(value) },
                    _ => manifest,
                };
                if (field.Name == "counts" && value.ValueKind == JsonValueKind.Object)
                {
                    counts = ReadCounts(value);
                }
                else if (field.Name == "artifacts" && value.ValueKind == JsonValueKind.Object)
                {
                    artifacts = ReadArtifacts(value);
                }
            }

            return manifest with { Counts = counts, Artifacts = artifacts };
        }
        catch (Exception error) when (error is InvalidOperationException or FormatException)
        {
            // The serializer's contract: a field of the wrong type makes the document unreadable.
            throw new JsonException("run.json has a field of the wrong type: " + error.Message, error);
        }
    }

    private static void WriteCounts(Utf8JsonWriter writer, RunCounts counts)
    {
        writer.WriteStartObject("counts");
        writer.WriteNumber("flows", counts.Flows);
        writer.WriteNumber("success", counts.Success);
        writer.WriteNumber("failure", counts.Failure);
        writer.WriteNumber("exception", counts.Exception);
        writer.WriteNumber("skipped", counts.Skipped);
        writer.WriteNumber("incomplete", counts.Incomplete);
        writer.WriteNumber("events", counts.Events);
        writer.WriteNumber("malformed_lines", counts.MalformedLines);
        writer.WriteEndObject();
    }

    private static RunCounts ReadCounts(JsonElement element)
    {
        var counts = new RunCounts();
        foreach (var field in element.EnumerateObject())
        {
            var value = field.Value;
            counts = field.Name switch
            {
                "flows" => counts with { Flows = value.GetInt64() },
                "success" => counts with { Success = value.GetInt64() },
                "failure" => counts with { Failure = value.GetInt64() },
                "exception" => counts with { Exception = value.GetInt64() },
                "skipped" => counts with { Skipped = value.GetInt64() },
                "incomplete" => counts with { Incomplete = value.GetInt64() },
                "events" => counts with { Events = value.GetInt64() },
                "malformed_lines" => counts with { MalformedLines = value.GetInt64() },
                _ => counts,
            };
        }

        return counts;
    }

    private static RunArtifactFiles ReadArtifacts(JsonElement element)
    {
        var artifacts = new RunArtifactFiles();
        foreach (var field in element.EnumerateObject())
        {
            artifacts = field.Name switch
            {
                "trace" => artifacts with { Trace = Text(field.Value) ?? artifacts.Trace },
                "summary" => artifacts with { Summary = Text(field.Value) },
                "ask" => artifacts with { Ask = Text(field.Value) },
                _ => artifacts,
            };
        }

        return artifacts;
    }

    private static IReadOnlyList<string> Writers(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            return Array.Empty<string>();
        }

        var writers = new List<string>();
        foreach (var node in value.EnumerateArray())
        {
            writers.Add(node.GetString() ?? "");
        }

        return writers.ToArray();
    }

    private static string? Text(JsonElement value) => value.ValueKind == JsonValueKind.Null ? null : value.GetString();

    private static void WriteNullable(Utf8JsonWriter writer, string name, DateTimeOffset? value)
    {
        if (value is { } present)
        {
            writer.WriteString(name, present);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void WriteNullable(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } present)
        {
            writer.WriteNumber(name, present);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
