using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace FlowTest.Artifacts.Digest;

/// <summary>Reads top-level scalars from small payloads (run events, metrics); never throws on invalid JSON.</summary>
/// <remarks>
/// A <see cref="Utf8JsonReader"/> pass rather than a <see cref="JsonDocument"/>: test hosts digest the
/// run's first line on the writer thread, where warming JsonDocument's code cost more than the whole
/// read. Same answers as <c>JsonDocument.Parse</c> + <c>TryGetProperty</c>: the whole payload must be
/// valid JSON, a duplicate name's last value wins, names compare unescaped.
/// </remarks>
internal sealed class PayloadFields
{
    // Like JsonDocument.Parse(string): text that is not valid UTF-16 is an error, not replaced.
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly Dictionary<string, Scalar> _values = new(System.StringComparer.Ordinal);

    private PayloadFields()
    {
    }

    /// <summary>Runs <paramref name="read"/> over the payload object; does nothing for absent or invalid JSON.</summary>
    public static void Read(string? json, System.Action<PayloadFields> read)
    {
        if (json is null || json.Length == 0 || json[0] != '{' || PayloadText.IsCapped(json))
        {
            return;
        }

        PayloadFields? payload;
        try
        {
            payload = Parse(StrictUtf8.GetBytes(json));
        }
        catch (JsonException)
        {
            // A payload the writer could not make valid is evidence, not data: ignore it here.
            return;
        }

        if (payload is not null)
        {
            read(payload);
        }
    }

    /// <summary>The property's value if it is a string.</summary>
    public string? String(string name) => _values.TryGetValue(name, out var value) ? value.Text : null;

    /// <summary>The property's value if it is a number that fits a double.</summary>
    public double? Number(string name) => _values.TryGetValue(name, out var value) ? value.Number : null;

    /// <summary>The property's value if it is a number that fits a long.</summary>
    public long? Integer(string name) => _values.TryGetValue(name, out var value) ? value.Integer : null;

    private static PayloadFields? Parse(byte[] utf8)
    {
        var payload = new PayloadFields();
        var reader = new Utf8JsonReader(utf8, isFinalBlock: true, state: default);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            reader.Read();
            payload._values[name] = Scalar.Of(ref reader);

            // Nested values are walked (and so validated) as JsonDocument.Parse would.
            reader.Skip();
        }

        // On the root's end now; anything but whitespace after it throws, as it does for JsonDocument.Parse.
        return reader.TokenType == JsonTokenType.EndObject && !reader.Read() ? payload : null;
    }

    /// <summary>What the accessors can return for one property value.</summary>
    private sealed class Scalar
    {
        private Scalar(string? text, double? number, long? integer)
        {
            Text = text;
            Number = number;
            Integer = integer;
        }

        public string? Text { get; }

        public double? Number { get; }

        public long? Integer { get; }

        public static Scalar Of(ref Utf8JsonReader reader) => reader.TokenType switch
        {
            JsonTokenType.String => new Scalar(reader.GetString(), null, null),
            JsonTokenType.Number => new Scalar(
                null,
                reader.TryGetDouble(out var number) ? number : null,
                reader.TryGetInt64(out var integer) ? integer : null),
            _ => new Scalar(null, null, null),
        };
    }
}
