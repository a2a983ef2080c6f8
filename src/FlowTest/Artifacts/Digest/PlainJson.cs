using System;

namespace FlowTest.Artifacts.Digest;

/// <summary>
/// Recognises JSON in the plain form FlowTest's writer produces: no whitespace, strings of printable
/// ASCII without escapes, numbers in JSON's grammar, the three literals, nesting at most
/// <see cref="MaxDepth"/> deep. Everything it accepts is valid JSON that <c>Utf8JsonReader</c> reads
/// the same way; everything else (valid or not) is "not plain", and callers read it with the
/// general reader instead.
/// </summary>
/// <remarks>
/// Why it exists: <c>Utf8JsonReader</c> finds the end of every string with the framework's vectorized
/// search, generic code that no precompiled image holds. A test host JIT-compiles it unoptimized and
/// keeps it that way for the whole run (tiering waits for a pause in compilation that a test run
/// never has), which made the digest beside the writer about ten times slower than optimized code.
/// These loops are FlowTest's own, so they run precompiled.
/// </remarks>
internal static class PlainJson
{
    /// <summary>Deeper values are not plain (the general reader allows 64).</summary>
    public const int MaxDepth = 32;

    /// <summary>The index just past the plain value starting at <paramref name="start"/>, or -1 when it is not plain.</summary>
    /// <param name="json">The bytes.</param>
    /// <param name="start">Where the value starts.</param>
    /// <param name="depth">How many containers enclose the value.</param>
    public static int SkipValue(ReadOnlySpan<byte> json, int start, int depth)
    {
        if (start >= json.Length)
        {
            return -1;
        }

        switch (json[start])
        {
            case (byte)'"': return SkipString(json, start);
            case (byte)'{': return depth >= MaxDepth ? -1 : SkipObject(json, start, depth + 1);
            case (byte)'[': return depth >= MaxDepth ? -1 : SkipArray(json, start, depth + 1);
            case (byte)'t': return SkipLiteral(json, start, "true"u8);
            case (byte)'f': return SkipLiteral(json, start, "false"u8);
            case (byte)'n': return SkipLiteral(json, start, "null"u8);
            default: return SkipNumber(json, start);
        }
    }

    /// <summary>The index just past the plain string whose opening quote is at <paramref name="start"/>, or -1.</summary>
    public static int SkipString(ReadOnlySpan<byte> json, int start)
    {
        if (start >= json.Length || json[start] != (byte)'"')
        {
            return -1;
        }

        for (var i = start + 1; i < json.Length; i++)
        {
            var b = json[i];
            if (b == (byte)'"')
            {
                return i + 1;
            }

            // Control characters, escapes and anything outside printable ASCII are for the general reader.
            if (b < 0x20 || b > 0x7E || b == (byte)'\\')
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>Whether <paramref name="value"/> (a whole plain value) is a string.</summary>
    public static bool IsString(ReadOnlySpan<byte> value) => value.Length >= 2 && value[0] == (byte)'"';

    /// <summary>Whether <paramref name="value"/> (a whole plain value) is a number.</summary>
    public static bool IsNumber(ReadOnlySpan<byte> value) => value.Length > 0 && (value[0] == (byte)'-' || IsDigit(value[0]));

    /// <summary>The text of a plain string value, without its quotes.</summary>
    public static ReadOnlySpan<byte> StringText(ReadOnlySpan<byte> value) => value.Slice(1, value.Length - 2);

    private static int SkipObject(ReadOnlySpan<byte> json, int start, int depth)
    {
        var i = start + 1;
        if (i < json.Length && json[i] == (byte)'}')
        {
            return i + 1;
        }

        while (true)
        {
            i = SkipString(json, i);
            if (i < 0 || i >= json.Length || json[i] != (byte)':')
            {
                return -1;
            }

            i = SkipValue(json, i + 1, depth);
            if (i < 0 || i >= json.Length)
            {
                return -1;
            }

            if (json[i] == (byte)'}')
            {
                return i + 1;
            }

            if (json[i] != (byte)',')
            {
                return -1;
            }

            i++;
        }
    }

    private static int SkipArray(ReadOnlySpan<byte> json, int start, int depth)
    {
        var i = start + 1;
        if (i < json.Length && json[i] == (byte)']')
        {
            return i + 1;
        }

        while (true)
        {
            i = SkipValue(json, i, depth);
            if (i < 0 || i >= json.Length)
            {
                return -1;
            }

            if (json[i] == (byte)']')
            {
                return i + 1;
            }

            if (json[i] != (byte)',')
            {
                return -1;
            }

            i++;
        }
    }

    private static int SkipLiteral(ReadOnlySpan<byte> json, int start, ReadOnlySpan<byte> literal) =>
        json.Length - start >= literal.Length && json.Slice(start, literal.Length).SequenceEqual(literal) ? start + literal.Length : -1;

    // JSON's number grammar: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
    private static int SkipNumber(ReadOnlySpan<byte> json, int start)
    {
        var i = start;
        if (i < json.Length && json[i] == (byte)'-')
        {
            i++;
        }

        if (i >= json.Length || !IsDigit(json[i]))
        {
            return -1;
        }

        i = json[i] == (byte)'0' ? i + 1 : SkipDigits(json, i);
        if (i < json.Length && json[i] == (byte)'.')
        {
            var fraction = SkipDigits(json, i + 1);
            if (fraction == i + 1)
            {
                return -1;
            }

            i = fraction;
        }

        if (i < json.Length && (json[i] == (byte)'e' || json[i] == (byte)'E'))
        {
            i++;
            if (i < json.Length && (json[i] == (byte)'+' || json[i] == (byte)'-'))
            {
                i++;
            }

            var exponent = SkipDigits(json, i);
            if (exponent == i)
            {
                return -1;
            }

            i = exponent;
        }

        return i;
    }

    private static int SkipDigits(ReadOnlySpan<byte> json, int start)
    {
        var i = start;
        while (i < json.Length && IsDigit(json[i]))
        {
            i++;
        }

        return i;
    }

    private static bool IsDigit(byte b) => (uint)(b - '0') <= 9;
}
