using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using FlowTest.Artifacts.Digest;
using FlowTest.Artifacts.Rendering;
using FlowTest.Reading;

namespace FlowTest.Cli.Runs;

/// <summary>
/// <c>flowtest summary --json</c>: the run header, verdict counts, per-flow aggregates, first
/// failures and how the trace read went, as one JSON object with snake_case names.
/// </summary>
internal static class RunSummaryJson
{
    public static void Write(Stream output, RunHeader header, RunDigest digest, TraceReadStats stats)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("run_id", header.RunId);
        json.WriteString("status", header.Status);
        WriteTime(json, "started_at", header.StartedAt ?? digest.Run.StartedAt);
        WriteTime(json, "ended_at", header.EndedAt ?? digest.Run.EndedAt);
        WriteNumber(json, "duration_ms", header.EffectiveDurationMs);
        json.WriteString("directory", header.RunDirectory);

        json.WriteStartObject("counts");
        json.WriteNumber("events", digest.Events);
        json.WriteNumber("flows", digest.FlowsStarted);
        WriteVerdicts(json, digest.Verdicts);
        json.WriteNumber("open", digest.OpenFlowCount);
        json.WriteNumber("failure_events", digest.FailureCount);
        json.WriteEndObject();

        json.WriteStartObject("trace");
        json.WriteNumber("bytes", stats.Bytes);
        json.WriteNumber("records", stats.Records);
        json.WriteNumber("malformed_lines", stats.Malformed);
        json.WriteNumber("oversized_lines", stats.Oversized);
        json.WriteNumber("partial_lines", stats.PartialTail);
        json.WriteEndObject();

        json.WriteStartArray("flows");
        foreach (var flow in digest.Flows)
        {
            json.WriteStartObject();
            json.WriteString("name", flow.Name);
            json.WriteNumber("started", flow.Started);
            json.WriteNumber("ended", flow.Ended);
            WriteVerdicts(json, flow.Verdicts);
            WriteNumber(json, "success_ratio", flow.SuccessRatio);
            WriteNumber(json, "p50_ms", flow.Durations.Percentile(50));
            WriteNumber(json, "p95_ms", flow.Durations.Percentile(95));
            json.WriteString("worst_verdict", flow.WorstVerdict is { } worst ? FlowVerdicts.Name(worst) : null);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("first_failures");
        foreach (var failure in digest.FirstFailures)
        {
            json.WriteStartObject();
            json.WriteString("flow", failure.FlowName);
            json.WriteString("title", failure.Title);
            json.WriteString("reason", failure.IsException ? failure.Exception?.Message : failure.Reason);
            json.WriteString("location", failure.Location);
            json.WriteString("timestamp", failure.Timestamp);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteVerdicts(Utf8JsonWriter json, VerdictCounts verdicts)
    {
        json.WriteNumber("success", verdicts.Success);
        json.WriteNumber("failure", verdicts.Failure);
        json.WriteNumber("exception", verdicts.Exception);
        json.WriteNumber("skipped", verdicts.Skipped);
        json.WriteNumber("incomplete", verdicts.Incomplete);
    }

    private static void WriteTime(Utf8JsonWriter json, string name, System.DateTimeOffset? value)
    {
        if (value is { } at)
        {
            json.WriteString(name, at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", System.Globalization.CultureInfo.InvariantCulture));
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void WriteNumber(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, System.Math.Round(number, 3));
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
