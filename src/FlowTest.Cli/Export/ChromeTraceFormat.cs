using System;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using FlowTest.Model;

namespace FlowTest.Cli.Export;

/// <summary>
/// Chrome trace event JSON (Perfetto, chrome://tracing): one complete (<c>X</c>) event per flow,
/// one instant (<c>i</c>) per checkpoint, failure or metric, one named lane (<c>tid</c>) per root
/// flow, i.e. per test. Times are microseconds since the run's first event. Written as it streams.
/// </summary>
internal sealed class ChromeTraceFormat : IExportFormat, IDisposable
{
    private const int ProcessId = 1;

    private readonly Utf8JsonWriter _json;
    private DateTimeOffset _origin;

    public ChromeTraceFormat(Stream output) =>
        _json = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    public void Begin(string runId, DateTimeOffset origin)
    {
        _origin = origin;
        _json.WriteStartObject();
        _json.WriteString("displayTimeUnit", "ms");
        _json.WriteStartArray("traceEvents");
        Metadata("process_name", 0, "FlowTest run " + runId);
    }

    public void OnLane(int lane, string name) => Metadata("thread_name", lane, name);

    public void OnMark(CheckpointMark mark)
    {
        _json.WriteStartObject();
        _json.WriteString("name", mark.Label);
        _json.WriteString("cat", mark.Event);
        _json.WriteString("ph", "i");
        _json.WriteString("s", "t");
        _json.WriteNumber("ts", Micros(mark.At));
        _json.WriteNumber("pid", ProcessId);
        _json.WriteNumber("tid", mark.Lane);
        _json.WriteStartObject("args");
        _json.WriteString("flow", mark.FlowName);
        WritePayload(mark.PayloadJson);
        _json.WriteEndObject();
        _json.WriteEndObject();
    }

    public void OnFlow(FlowSpan flow)
    {
        _json.WriteStartObject();
        _json.WriteString("name", flow.Name);
        _json.WriteString("cat", flow.Source ?? "flow");
        _json.WriteString("ph", "X");
        _json.WriteNumber("ts", Micros(flow.Start));
        _json.WriteNumber("dur", Math.Round(flow.EffectiveDurationMs * 1000, 3));
        _json.WriteNumber("pid", ProcessId);
        _json.WriteNumber("tid", flow.Lane);
        _json.WriteStartObject("args");
        _json.WriteString("verdict", TraceNames.VerdictName(flow.Verdict));
        if (flow.FlowId is { } id)
        {
            _json.WriteString("flow_id", id);
        }

        if (flow.ParentId is { } parent)
        {
            _json.WriteString("parent_id", parent);
        }

        if (Reading.TraceLocationText.Format(flow.File, flow.Line) is { } at)
        {
            _json.WriteString("at", at);
        }

        if (flow.Failure is { } failure)
        {
            _json.WriteString("failure", failure.Title + ": " + failure.Message);
        }

        _json.WriteEndObject();
        _json.WriteEndObject();
    }

    public void End()
    {
        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.Flush();
    }

    public void Dispose() => _json.Dispose();

    private double Micros(DateTimeOffset at) => (at - _origin).Ticks / 10.0;

    private void Metadata(string name, int lane, string value)
    {
        _json.WriteStartObject();
        _json.WriteString("name", name);
        _json.WriteString("ph", "M");
        _json.WriteNumber("pid", ProcessId);
        _json.WriteNumber("tid", lane);
        _json.WriteStartObject("args");
        _json.WriteString("name", value);
        _json.WriteEndObject();
        _json.WriteEndObject();
    }

    private void WritePayload(string? payloadJson)
    {
        if (payloadJson is null)
        {
            return;
        }

        try
        {
            using var payload = JsonDocument.Parse(payloadJson);
            _json.WritePropertyName("payload");
            payload.RootElement.WriteTo(_json);
        }
        catch (JsonException)
        {
            _json.WriteString("payload", payloadJson);
        }
    }
}
