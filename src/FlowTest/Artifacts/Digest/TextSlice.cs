using System;
using System.Text.Json;

namespace FlowTest.Artifacts.Digest;

/// <summary>
/// Where a value sits in the line being read, kept until the event kind says whether it is needed.
/// An escaped string (never written by FlowTest) is unescaped at once into <see cref="Text"/>.
/// </summary>
internal readonly struct TextSlice
{
    private readonly int _start;
    private readonly int _length;

    private TextSlice(int start, int length, string? text)
    {
        _start = start;
        _length = length;
        Text = text;
        IsPresent = true;
    }

    public bool IsPresent { get; }

    /// <summary>The unescaped string when the JSON string had escapes; read <see cref="In"/> otherwise.</summary>
    public string? Text { get; }

    /// <summary>Bytes <paramref name="start"/> to <paramref name="start"/> + <paramref name="length"/> of the line, as written.</summary>
    public static TextSlice At(int start, int length) => new(start, length, null);

    /// <summary>A string value (its content without quotes); absent for any other JSON type.</summary>
    public static TextSlice Of(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            return default;
        }

        return reader.ValueIsEscaped
            ? new TextSlice(0, 0, reader.GetString())
            : new TextSlice((int)reader.TokenStartIndex + 1, reader.ValueSpan.Length, null);
    }

    /// <summary>An object's whole JSON text; absent for any other JSON type. Leaves the reader on its end.</summary>
    public static TextSlice OfObject(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.StartObject ? OfValue(ref reader) : default;

    /// <summary>Any value's whole JSON text. Leaves the reader on its last token.</summary>
    public static TextSlice OfValue(ref Utf8JsonReader reader)
    {
        var start = (int)reader.TokenStartIndex;
        reader.Skip();
        return new TextSlice(start, (int)reader.BytesConsumed - start, null);
    }

    /// <summary>This slice, read inside <paramref name="outer"/>, as a slice of the line <paramref name="outer"/> is in.</summary>
    public TextSlice Within(TextSlice outer) => IsPresent && Text is null ? new TextSlice(outer._start + _start, _length, null) : this;

    /// <summary>The bytes of this value in <paramref name="line"/> (the line it was read from).</summary>
    public ReadOnlySpan<byte> In(ReadOnlySpan<byte> line) => line.Slice(_start, _length);
}
