using System;
using System.Text.Json;

namespace FlowTest.Artifacts.Digest;

/// <content>Values parsed in place: metric payloads and timestamps.</content>
internal sealed partial class TraceLineFieldReader
{
    /// <summary>Length of FlowTest's own timestamp spelling, <c>yyyy-MM-ddTHH:mm:ss.ffffffZ</c>.</summary>
    private const int CanonicalTimestampLength = 27;

    private int _cachedDate = -1;
    private long _cachedDateTicks;

    /// <summary>The top-level <c>value</c> (number) and <c>unit</c> (string) of a metric's payload object; the last of duplicates wins.</summary>
    private static void ReadMetricPayload(ReadOnlySpan<byte> line, TextSlice slice, ref TraceLineFields fields)
    {
        var payload = slice.In(line);
        if (payload.Length == 0 || payload[0] != (byte)'{')
        {
            return;
        }

        var reader = new Utf8JsonReader(payload, isFinalBlock: true, new JsonReaderState(ReaderOptions));
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isValue = reader.ValueTextEquals("value"u8);
            var isUnit = reader.ValueTextEquals("unit"u8);
            reader.Read();
            if (isValue)
            {
                fields.MetricValue = reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out var value) ? value : null;
            }
            else if (isUnit)
            {
                fields.MetricUnit = TextSlice.Of(ref reader).Within(slice);
            }

            reader.Skip();
        }
    }

    private void ReadTimestamp(ref Utf8JsonReader reader, ref TraceLineFields input)
    {
        input.Timestamp = null;
        input.TimestampText = null;
        if (reader.TokenType != JsonTokenType.String)
        {
            return;
        }

        if (!reader.ValueIsEscaped && TryParseCanonical(reader.ValueSpan, out var at))
        {
            input.Timestamp = at;
            return;
        }

        // Another spelling: the reader's ISO 8601 rules decide, and the text is kept as written.
        input.TimestampText = reader.GetString();
        input.Timestamp = reader.TryGetDateTimeOffset(out var parsed) ? parsed : null;
    }

    /// <summary>Parses <c>yyyy-MM-ddTHH:mm:ss.ffffffZ</c> by hand: every event has one, and the general parser costs more than the rest of the line.</summary>
    private bool TryParseCanonical(ReadOnlySpan<byte> text, out DateTimeOffset at)
    {
        at = default;
        if (text.Length != CanonicalTimestampLength || text[4] != '-' || text[7] != '-' || text[10] != 'T'
            || text[13] != ':' || text[16] != ':' || text[19] != '.' || text[26] != 'Z')
        {
            return false;
        }

        if (!TryDigits(text, 0, 4, out var year) || !TryDigits(text, 5, 2, out var month) || !TryDigits(text, 8, 2, out var day)
            || !TryDigits(text, 11, 2, out var hour) || !TryDigits(text, 14, 2, out var minute) || !TryDigits(text, 17, 2, out var second)
            || !TryDigits(text, 20, 6, out var micros) || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        var date = (year * 100 + month) * 100 + day;
        if (date != _cachedDate)
        {
            if (year < 1 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            {
                return false;
            }

            _cachedDate = date;
            _cachedDateTicks = new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Utc).Ticks;
        }

        var ticks = _cachedDateTicks + (((hour * 60L) + minute) * 60 + second) * TimeSpan.TicksPerSecond + micros * 10L;
        at = new DateTimeOffset(ticks, TimeSpan.Zero);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<byte> text, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            var digit = text[i] - '0';
            if ((uint)digit > 9)
            {
                return false;
            }

            value = value * 10 + digit;
        }

        return true;
    }
}
