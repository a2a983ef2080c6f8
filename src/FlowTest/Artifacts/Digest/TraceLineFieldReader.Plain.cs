using System;
using System.Text.Json;
using FlowTest.Reading;

namespace FlowTest.Artifacts.Digest;

/// <content>
/// The fast way through a line in FlowTest's own plain form (see <see cref="PlainJson"/>): the same
/// fields as the general reader's loop, read the same way, from a scan that never calls the
/// framework's vectorized string search.
/// </content>
internal sealed partial class TraceLineFieldReader
{
    /// <summary>
    /// Reads the top-level fields of a plain line; <see langword="false"/> when the line is not plain
    /// (then <paramref name="fields"/> is half-filled and the caller starts over with the general reader).
    /// </summary>
    private bool TryReadPlainFields(ReadOnlySpan<byte> line, ref TraceLineFields fields, out bool hasEvent, out bool hasRunId, out TextSlice payload)
    {
        hasEvent = hasRunId = false;
        payload = default;
        if (line.Length < 2 || line[0] != (byte)'{')
        {
            return false;
        }

        var at = 1;
        if (line[1] == (byte)'}')
        {
            return line.Length == 2;
        }

        while (true)
        {
            var keyEnd = PlainJson.SkipString(line, at);
            if (keyEnd < 0 || keyEnd >= line.Length || line[keyEnd] != (byte)':')
            {
                return false;
            }

            var valueStart = keyEnd + 1;
            var valueEnd = PlainJson.SkipValue(line, valueStart, depth: 1);
            if (valueEnd < 0 || valueEnd >= line.Length)
            {
                return false;
            }

            var field = TraceFieldNames.Lookup(PlainJson.StringText(line.Slice(at, keyEnd - at)));
            if (!TryReadPlainField(field, line, valueStart, valueEnd - valueStart, ref fields, ref hasEvent, ref hasRunId, ref payload))
            {
                return false;
            }

            if (line[valueEnd] == (byte)'}')
            {
                // Anything after the object (trailing space, garbage) is the general reader's to judge.
                return valueEnd + 1 == line.Length;
            }

            if (line[valueEnd] != (byte)',')
            {
                return false;
            }

            at = valueEnd + 1;
        }
    }

    // Mirrors the cases of TryReadObject's loop; a value it cannot read the same way makes the line not plain.
    private bool TryReadPlainField(
        TraceField field, ReadOnlySpan<byte> line, int start, int length, ref TraceLineFields fields, ref bool hasEvent, ref bool hasRunId, ref TextSlice payload)
    {
        var value = line.Slice(start, length);
        var isString = PlainJson.IsString(value);
        var text = isString ? TextSlice.At(start + 1, length - 2) : default;
        switch (field)
        {
            case TraceField.Event:
                hasEvent = isString;
                fields.Kind = isString ? TraceEventKinds.Lookup(PlainJson.StringText(value)) : null;
                return true;
            case TraceField.RunId: hasRunId = isString; return true;
            case TraceField.Flow: fields.Flow = text; return true;
            case TraceField.FlowId: fields.FlowId = isString ? PlainSpanId(PlainJson.StringText(value)) : null; return true;
            case TraceField.ParentId: fields.ParentId = isString ? PlainSpanId(PlainJson.StringText(value)) : null; return true;
            case TraceField.Source:
                fields.Source = text;
                fields.IsTestSource = isString && IsTestSource(PlainJson.StringText(value));
                return true;
            case TraceField.Node: fields.Node = text; return true;
            case TraceField.Timestamp: return TryReadPlainTimestamp(value, isString, ref fields);
            case TraceField.Verdict: fields.Verdict = isString ? VerdictOf(PlainJson.StringText(value)) : null; return true;
            case TraceField.DurationMs: fields.DurationMs = PlainJson.IsNumber(value) ? NumberOf(value) : null; return true;
            case TraceField.Step: fields.Step = text; return true;
            case TraceField.Code: fields.Code = value[0] == (byte)'{' ? TextSlice.At(start, length) : default; return true;
            case TraceField.Payload: payload = TextSlice.At(start, length); return true;
            default: return true;
        }
    }

    private bool TryReadPlainTimestamp(ReadOnlySpan<byte> value, bool isString, ref TraceLineFields fields)
    {
        fields.Timestamp = null;
        fields.TimestampText = null;
        if (!isString)
        {
            return true;
        }

        // Another spelling follows the general reader's ISO 8601 rules: its call.
        if (!TryParseCanonical(PlainJson.StringText(value), out var at))
        {
            return false;
        }

        fields.Timestamp = at;
        return true;
    }

    private static SpanId? PlainSpanId(ReadOnlySpan<byte> text) =>
        SpanId.TryParseCanonical(text, out var id) ? id : SpanId.FromText(Utf8Text.Decode(text));

    private static double? NumberOf(ReadOnlySpan<byte> number)
    {
        // The general reader's own conversion (a number token never takes its string search), so both paths agree to the bit.
        var reader = new Utf8JsonReader(number, isFinalBlock: true, default);
        return reader.Read() && reader.TryGetDouble(out var value) ? value : null;
    }
}
