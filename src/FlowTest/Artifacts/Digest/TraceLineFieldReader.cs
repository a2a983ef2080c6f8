using System;
using System.Text.Json;
using FlowTest.Model;
using FlowTest.Reading;

namespace FlowTest.Artifacts.Digest;

/// <summary>
/// Reads the fields the digest needs from one trace line's UTF-8 bytes, in place: event kind, ids
/// as numbers, timestamp, verdict, duration, metric value; names and other strings stay slices of
/// the line. Everything else is skipped (but still validated). Only failures, exceptions and run
/// events, which are few and need their text, are parsed into a full <see cref="TraceRecord"/>.
/// </summary>
/// <remarks>
/// Accepts exactly the lines <see cref="TraceLineParser"/> accepts (one JSON object, nothing after
/// it, string <c>event</c> and <c>run_id</c>; a field of an unexpected type counts as absent), so a
/// trace yields the same digest and the same skipped-line counts on either path. Lines in FlowTest's
/// own plain form take a faster path to the same fields (see <see cref="PlainJson"/>). One instance
/// per thread: it caches the last date it parsed.
/// </remarks>
internal sealed partial class TraceLineFieldReader
{
    private static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = 64 };
    private readonly bool _readPlainLinesFast;

    /// <param name="readPlainLinesFast">Read lines in FlowTest's plain form without the general JSON reader (same fields either way).</param>
    public TraceLineFieldReader(bool readPlainLinesFast = true)
    {
        _readPlainLinesFast = readPlainLinesFast;
    }

    /// <summary>Reads <paramref name="utf8Line"/> (without its <c>\n</c>); <see langword="false"/> for a malformed line.</summary>
    public bool TryRead(ReadOnlySpan<byte> utf8Line, out TraceLineFields fields)
    {
        fields = default;
        if (utf8Line.Length >= 3 && utf8Line[0] == 0xEF && utf8Line[1] == 0xBB && utf8Line[2] == 0xBF)
        {
            fields.Skipped = 3;
        }

        try
        {
            return TryReadObject(utf8Line.Slice(fields.Skipped), ref fields);
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

    private bool TryReadObject(ReadOnlySpan<byte> line, ref TraceLineFields fields)
    {
        var skipped = fields.Skipped;
        if (_readPlainLinesFast && TryReadPlainFields(line, ref fields, out var plainHasEvent, out var plainHasRunId, out var plainPayload))
        {
            return plainHasEvent && plainHasRunId && TryReadEventDetails(line, plainPayload, ref fields);
        }

        fields = new TraceLineFields { Skipped = skipped };
        return TryReadGeneral(line, ref fields);
    }

    private bool TryReadGeneral(ReadOnlySpan<byte> line, ref TraceLineFields fields)
    {
        var reader = new Utf8JsonReader(line, isFinalBlock: true, new JsonReaderState(ReaderOptions));
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        bool hasEvent = false, hasRunId = false;
        TextSlice payload = default;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var field = TraceFieldNames.Read(ref reader);
            reader.Read();
            var isString = reader.TokenType == JsonTokenType.String;
            switch (field)
            {
                case TraceField.Event:
                    hasEvent = isString;
                    fields.Kind = isString ? TraceEventKinds.Read(ref reader) : null;
                    break;
                case TraceField.RunId: hasRunId = isString; break;
                case TraceField.Flow: fields.Flow = TextSlice.Of(ref reader); break;
                case TraceField.FlowId: fields.FlowId = ReadSpanId(ref reader); break;
                case TraceField.ParentId: fields.ParentId = ReadSpanId(ref reader); break;
                case TraceField.Source:
                    fields.Source = TextSlice.Of(ref reader);
                    fields.IsTestSource = isString && IsTestSource(ref reader);
                    break;
                case TraceField.Node: fields.Node = TextSlice.Of(ref reader); break;
                case TraceField.Timestamp: ReadTimestamp(ref reader, ref fields); break;
                case TraceField.Verdict: fields.Verdict = isString ? ReadVerdict(ref reader) : null; break;
                case TraceField.DurationMs:
                    fields.DurationMs = reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out var duration) ? duration : null;
                    break;
                case TraceField.Step: fields.Step = TextSlice.Of(ref reader); break;
                case TraceField.Code: fields.Code = TextSlice.OfObject(ref reader); break;
                case TraceField.Payload: payload = TextSlice.OfValue(ref reader); break;
                default: break;
            }

            // Objects and arrays the digest does not read (tags, exception, ...) are walked past;
            // Skip is a no-op on a scalar and on a value a case above already consumed.
            reader.Skip();
        }

        // The loop ends on the root's EndObject; any further token (trailing garbage) throws here.
        if (reader.TokenType != JsonTokenType.EndObject || reader.Read() || !hasEvent || !hasRunId)
        {
            return false;
        }

        return TryReadEventDetails(line, payload, ref fields);
    }

    // What only some kinds of event need, read after the line proved well-formed.
    private static bool TryReadEventDetails(ReadOnlySpan<byte> line, TextSlice payload, ref TraceLineFields fields)
    {
        switch (fields.Kind)
        {
            case EventKind.FlowMetric:
                if (payload.IsPresent)
                {
                    ReadMetricPayload(line, payload, ref fields);
                }

                return true;
            case EventKind.FlowFailure:
            case EventKind.FlowException:
            case EventKind.RunStarted:
            case EventKind.RunEnded:
                // Same acceptance rules as above, so this succeeds for every line that got here.
                if (!TraceLineParser.TryParse(line, out var record))
                {
                    return false;
                }

                fields.Record = record;
                return true;
            default:
                return true;
        }
    }

    private static SpanId? ReadSpanId(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            return null;
        }

        return !reader.ValueIsEscaped && SpanId.TryParseCanonical(reader.ValueSpan, out var id) ? id : SpanId.FromText(reader.GetString());
    }

    private static FlowVerdict ReadVerdict(ref Utf8JsonReader reader) =>
        reader.ValueTextEquals("success"u8) ? FlowVerdict.Success
        : reader.ValueTextEquals("failure"u8) ? FlowVerdict.Failure
        : reader.ValueTextEquals("exception"u8) ? FlowVerdict.Exception
        : reader.ValueTextEquals("skipped"u8) ? FlowVerdict.Skipped
        : FlowVerdict.Incomplete;

    private static FlowVerdict VerdictOf(ReadOnlySpan<byte> text) =>
        text.SequenceEqual("success"u8) ? FlowVerdict.Success
        : text.SequenceEqual("failure"u8) ? FlowVerdict.Failure
        : text.SequenceEqual("exception"u8) ? FlowVerdict.Exception
        : text.SequenceEqual("skipped"u8) ? FlowVerdict.Skipped
        : FlowVerdict.Incomplete;

    // The test adapters' source names (TestSources.Xunit, TestSources.NUnit), compared in place.
    private static bool IsTestSource(ref Utf8JsonReader reader) => reader.ValueTextEquals("xunit"u8) || reader.ValueTextEquals("nunit"u8);

    private static bool IsTestSource(ReadOnlySpan<byte> text) => text.SequenceEqual("xunit"u8) || text.SequenceEqual("nunit"u8);
}
