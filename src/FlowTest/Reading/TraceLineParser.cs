using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using FlowTest.Model;

namespace FlowTest.Reading;

/// <summary>
/// Parses one trace.jsonl line (SPEC §5) straight from UTF-8 with <see cref="Utf8JsonReader"/>:
/// no DOM, no intermediate strings for field names or well-known values.
/// </summary>
/// <remarks>
/// A line is accepted when it is one JSON object with a string <c>event</c> and a string
/// <c>run_id</c>; everything else is optional. Unknown fields are skipped, and a known field
/// holding an unexpected JSON type is ignored as if absent, so a newer or sloppier writer never
/// costs a reader the whole line. Anything that is not valid JSON, not an object, or followed
/// by more than whitespace is rejected.
/// </remarks>
internal static partial class TraceLineParser
{
    private static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = 64 };

    /// <summary>Parses <paramref name="utf8Line"/> (without its <c>\n</c>; a trailing <c>\r</c> is fine).</summary>
    /// <returns><see langword="false"/> for a blank, malformed or incomplete line.</returns>
    public static bool TryParse(ReadOnlySpan<byte> utf8Line, [NotNullWhen(true)] out TraceRecord? record)
    {
        record = null;
        try
        {
            return TryParseObject(SkipByteOrderMark(utf8Line), out record);
        }
        catch (JsonException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            // Utf8JsonReader reports invalid UTF-8 inside strings this way.
            return false;
        }
    }

    private static bool TryParseObject(ReadOnlySpan<byte> line, out TraceRecord? record)
    {
        record = null;
        var reader = new Utf8JsonReader(line, isFinalBlock: true, new JsonReaderState(ReaderOptions));
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        string? schemaVersion = null, eventId = null, timestampText = null, runId = null, eventName = null;
        string? source = null, flow = null, flowId = null, parentId = null, traceId = null, node = null;
        string? step = null, failureClass = null, severity = null, reason = null, payload = null;
        DateTimeOffset? timestamp = null;
        EventKind? kind = null;
        long? seq = null;
        int? thread = null;
        double? durationMs = null;
        FlowVerdict? verdict = null;
        TraceExceptionInfo? exception = null;
        TraceCodeLocation? code = null;
        IReadOnlyList<string>? redactedFields = null;
        IReadOnlyDictionary<string, string>? tags = null, correlation = null;

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var field = TraceFieldNames.Read(ref reader);
            reader.Read();
            switch (field)
            {
                case TraceField.SchemaVersion: schemaVersion = ReadString(ref reader); break;
                case TraceField.EventId: eventId = ReadString(ref reader); break;
                case TraceField.Timestamp:
                    timestampText = ReadString(ref reader);
                    timestamp = timestampText is not null && reader.TryGetDateTimeOffset(out var parsed) ? parsed : null;
                    break;
                case TraceField.RunId: runId = ReadString(ref reader); break;
                case TraceField.Event: eventName = ReadEventName(ref reader, out kind); break;
                case TraceField.Source: source = ReadString(ref reader); break;
                case TraceField.Flow: flow = ReadString(ref reader); break;
                case TraceField.FlowId: flowId = ReadString(ref reader); break;
                case TraceField.ParentId: parentId = ReadString(ref reader); break;
                case TraceField.TraceId: traceId = ReadString(ref reader); break;
                case TraceField.Node: node = ReadString(ref reader); break;
                case TraceField.Seq: seq = ReadInt64(ref reader); break;
                case TraceField.Step: step = ReadString(ref reader); break;
                case TraceField.Verdict: verdict = ReadVerdict(ref reader); break;
                case TraceField.DurationMs: durationMs = ReadDouble(ref reader); break;
                case TraceField.FailureClass: failureClass = ReadString(ref reader); break;
                case TraceField.Severity: severity = ReadSeverity(ref reader); break;
                case TraceField.Reason: reason = ReadString(ref reader); break;
                case TraceField.Exception: exception = ReadException(ref reader); break;
                case TraceField.Code: code = ReadCode(ref reader); break;
                case TraceField.Thread: thread = ReadInt32(ref reader); break;
                case TraceField.Payload: payload = ReadRawValue(ref reader, line); break;
                case TraceField.RedactedFields: redactedFields = ReadStringArray(ref reader); break;
                case TraceField.Tags: tags = ReadLabels(ref reader, line); break;
                case TraceField.Correlation: correlation = ReadLabels(ref reader, line); break;
                default: reader.Skip(); break;
            }
        }

        // The loop ends on the root's EndObject; any further token (trailing garbage) throws here.
        if (reader.TokenType != JsonTokenType.EndObject || reader.Read())
        {
            return false;
        }

        if (eventName is null || runId is null)
        {
            return false;
        }

        record = new TraceRecord
        {
            SchemaVersion = schemaVersion,
            EventId = eventId,
            Timestamp = timestamp,
            TimestampText = timestampText,
            RunId = runId,
            Event = eventName,
            Kind = kind,
            Source = source,
            Flow = flow,
            FlowId = flowId,
            ParentId = parentId,
            TraceId = traceId,
            Node = node,
            Seq = seq,
            Step = step,
            Verdict = verdict,
            DurationMs = durationMs,
            FailureClass = failureClass,
            Severity = severity,
            Reason = reason,
            Exception = exception,
            Code = code,
            Thread = thread,
            PayloadJson = payload,
            RedactedFields = redactedFields ?? Array.Empty<string>(),
            Tags = tags ?? EmptyLabels,
            Correlation = correlation ?? EmptyLabels,
        };
        return true;
    }

    private static ReadOnlySpan<byte> SkipByteOrderMark(ReadOnlySpan<byte> line) =>
        line.Length >= 3 && line[0] == 0xEF && line[1] == 0xBB && line[2] == 0xBF ? line.Slice(3) : line;
}
