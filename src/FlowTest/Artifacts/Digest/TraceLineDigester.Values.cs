using System;
using System.Text.Json;
using FlowTest.Reading;

namespace FlowTest.Artifacts.Digest;

/// <content>Values read in place, and the interning that keeps repeated ones to one string each.</content>
internal sealed partial class TraceLineDigester
{
    // Bounds on the interning tables: past them a value is decoded each time it is needed (rare kinds only).
    private const int MaxInternedSteps = 1024;
    private const int MaxInternedUnits = 64;
    private const int MaxInternedLocations = 4096;

    /// <summary>Length of FlowTest's own timestamp spelling, <c>yyyy-MM-ddTHH:mm:ss.ffffffZ</c>.</summary>
    private const int CanonicalTimestampLength = 27;

    private static readonly string NoLocation = "";

    private readonly Utf8InternTable<string> _sources;
    private readonly Utf8InternTable<string> _nodes;
    private readonly Utf8InternTable<string> _steps = new(MaxInternedSteps);
    private readonly Utf8InternTable<string> _units = new(MaxInternedUnits);
    private readonly Utf8InternTable<string> _locations = new(MaxInternedLocations);
    private int _cachedDate = -1;
    private long _cachedDateTicks;

    private static string Intern(Utf8InternTable<string> table, ref Utf8JsonReader reader)
    {
        if (reader.ValueIsEscaped)
        {
            return reader.GetString()!;
        }

        return Intern(table, reader.ValueSpan);
    }

    private static string Intern(Utf8InternTable<string> table, ReadOnlySpan<byte> utf8)
    {
        if (table.Find(utf8, out var hash) is { } known)
        {
            return known;
        }

        var text = Utf8Text.Decode(utf8);
        table.TryAdd(utf8, hash, text);
        return text;
    }

    // The test adapters' source names (TestSources.Xunit, TestSources.NUnit), compared in place.
    private static bool IsTestSource(ref Utf8JsonReader reader) => reader.ValueTextEquals("xunit"u8) || reader.ValueTextEquals("nunit"u8);

    private string InternStep(ReadOnlySpan<byte> utf8) => Intern(_steps, utf8);

    /// <summary><c>file:line</c> of a <c>code</c> object, interned by the object's exact text (a call site repeats it verbatim).</summary>
    private string? LocationOf(ReadOnlySpan<byte> codeObject)
    {
        if (_locations.Find(codeObject, out var hash) is { } known)
        {
            return ReferenceEquals(known, NoLocation) ? null : known;
        }

        string? file = null;
        int? line = null;
        var reader = new Utf8JsonReader(codeObject, isFinalBlock: true, new JsonReaderState(ReaderOptions));
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isFile = reader.ValueTextEquals("file"u8);
            var isLine = reader.ValueTextEquals("line"u8);
            reader.Read();
            if (isFile)
            {
                file = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            }
            else if (isLine)
            {
                line = reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var number) ? number : null;
            }

            reader.Skip();
        }

        var location = TraceLocationText.Format(file, line);
        _locations.TryAdd(codeObject, hash, location ?? NoLocation);
        return location;
    }

    /// <summary>The top-level <c>value</c> (number) and <c>unit</c> (string) of a metric's payload object; the last of duplicates wins.</summary>
    private void ReadMetricPayload(ReadOnlySpan<byte> payload, ref DigestEvent input)
    {
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
                input.MetricValue = reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out var value) ? value : null;
            }
            else if (isUnit)
            {
                input.MetricUnit = reader.TokenType == JsonTokenType.String ? Intern(_units, ref reader) : null;
            }

            reader.Skip();
        }
    }

    private void ReadTimestamp(ref Utf8JsonReader reader, ref DigestEvent input)
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
