using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using FlowTest.Artifacts.Digest;
using FlowTest.Model;
using FlowTest.Reading;

namespace FlowTest.Artifacts.Rendering;

/// <summary>
/// One trace event as a short JSON line for ask.md: the fields that tell what happened, without
/// the ones shared by every line of a run (schema_version, run_id, trace_id, node, ids of events).
/// </summary>
internal static class CompactEvent
{
    public const int MaxTextChars = 300;

    public const int MaxPayloadChars = 400;

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // Markdown code blocks need no HTML escaping; keeping "<" and non-ASCII readable saves bytes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Format(TraceRecord record)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            WriteString(json, TraceNames.Fields.Timestamp, record.TimestampText);
            WriteString(json, TraceNames.Fields.Event, record.Event);
            WriteString(json, TraceNames.Fields.Flow, record.Flow);
            WriteString(json, TraceNames.Fields.FlowId, record.FlowId);
            WriteString(json, TraceNames.Fields.ParentId, record.ParentId);
            WriteString(json, TraceNames.Fields.Step, record.Step);
            if (record.Verdict is { } verdict)
            {
                json.WriteString(TraceNames.Fields.Verdict, TraceNames.VerdictName(verdict));
            }

            if (record.DurationMs is { } duration)
            {
                json.WriteNumber(TraceNames.Fields.DurationMs, duration);
            }

            WriteString(json, TraceNames.Fields.FailureClass, record.FailureClass);
            WriteString(json, TraceNames.Fields.Severity, record.Severity);
            WriteString(json, TraceNames.Fields.Reason, record.Reason);
            if (record.Exception is { } exception)
            {
                json.WriteStartObject(TraceNames.Fields.Exception);
                WriteString(json, TraceNames.ExceptionFields.Type, exception.Type);
                WriteString(json, TraceNames.ExceptionFields.Message, exception.Message);
                json.WriteEndObject();
            }

            WriteString(json, "at", (record.Kind == EventKind.FlowException
                ? TraceLocationText.Format(record.Exception?.File, record.Exception?.Line)
                : null) ?? record.Code?.FileAndLine);
            WritePayload(json, record.PayloadJson);
            if (record.RedactedFields.Count > 0)
            {
                json.WriteStartArray(TraceNames.Fields.RedactedFields);
                foreach (var field in record.RedactedFields)
                {
                    json.WriteStringValue(field);
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        return Utf8Text.Decode(buffer.ToArray());
    }

    private static void WriteString(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, MarkdownText.Cut(value, MaxTextChars));
        }
    }

    private static void WritePayload(Utf8JsonWriter json, string? payload)
    {
        if (payload is null)
        {
            return;
        }

        if (payload.Length <= MaxPayloadChars && !PayloadText.IsCapped(payload) && IsJson(payload))
        {
            json.WritePropertyName(TraceNames.Fields.Payload);
            json.WriteRawValue(payload, skipInputValidation: true);
            return;
        }

        // Too long to repeat: keep its start as text, visibly cut.
        json.WriteString(TraceNames.Fields.Payload, PayloadText.Cap(payload, MaxPayloadChars));
    }

    private static bool IsJson(string text)
    {
        try
        {
            var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(text));
            reader.Read();
            reader.Skip();
            return !reader.Read();
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
