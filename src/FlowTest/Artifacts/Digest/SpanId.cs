using System;
using System.Globalization;

namespace FlowTest.Artifacts.Digest;

/// <summary>
/// A <c>flow_id</c> / <c>parent_id</c> as the digest keys flows by it: the 16 lower-case hex digits
/// FlowTest writes are kept as a number (no string per event); any other spelling keeps its text,
/// so a foreign writer's ids still match each other exactly.
/// </summary>
internal readonly struct SpanId : IEquatable<SpanId>
{
    private const int HexDigits = 16;

    private readonly ulong _value;
    private readonly string? _text;

    private SpanId(ulong value, string? text)
    {
        _value = value;
        _text = text;
    }

    /// <summary>The id written as <paramref name="text"/>; <see langword="null"/> for no id.</summary>
    public static SpanId? FromText(string? text)
    {
        if (text is null)
        {
            return null;
        }

        return TryParseCanonical(text, out var id) ? id : new SpanId(0, text);
    }

    /// <summary>The id in canonical form when <paramref name="utf8"/> is 16 lower-case hex digits.</summary>
    public static bool TryParseCanonical(ReadOnlySpan<byte> utf8, out SpanId id)
    {
        id = default;
        if (utf8.Length != HexDigits)
        {
            return false;
        }

        ulong value = 0;
        for (var i = 0; i < HexDigits; i++)
        {
            var digit = HexValue((char)utf8[i]);
            if (digit < 0)
            {
                return false;
            }

            value = (value << 4) | (uint)digit;
        }

        id = new SpanId(value, null);
        return true;
    }

    private static bool TryParseCanonical(string text, out SpanId id)
    {
        id = default;
        if (text.Length != HexDigits)
        {
            return false;
        }

        ulong value = 0;
        for (var i = 0; i < HexDigits; i++)
        {
            var digit = HexValue(text[i]);
            if (digit < 0)
            {
                return false;
            }

            value = (value << 4) | (uint)digit;
        }

        id = new SpanId(value, null);
        return true;
    }

    public bool Equals(SpanId other) => _value == other._value && string.Equals(_text, other._text, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is SpanId other && Equals(other);

    public override int GetHashCode() => _text is null ? (int)_value ^ (int)(_value >> 32) : StringComparer.Ordinal.GetHashCode(_text);

    /// <summary>The id as written.</summary>
    public override string ToString() => _text ?? _value.ToString("x16", CultureInfo.InvariantCulture);

    // Lower case only: that is what the writer emits, and "A1" must stay a different id from "a1".
    private static int HexValue(char c) => c is >= '0' and <= '9' ? c - '0' : c is >= 'a' and <= 'f' ? c - 'a' + 10 : -1;
}
