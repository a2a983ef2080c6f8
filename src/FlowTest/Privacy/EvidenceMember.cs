using System;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace FlowTest.Privacy;

/// <summary>One readable property or field of an evidence type, with its cached accessor.</summary>
internal sealed class EvidenceMember
{
    public EvidenceMember(string name, Func<object, object?>? getter, bool redact, string? unreadableTypeName)
    {
        Name = name;
        EncodedName = TryEncode(name);
        Getter = getter;
        Redact = redact;
        UnreadableTypeName = unreadableTypeName;
    }

    public string Name { get; }

    /// <summary>The name as escaped UTF-8, encoded once per type instead of once per written value; null if it cannot be encoded.</summary>
    public JsonEncodedText? EncodedName { get; }

    /// <summary>Reads the member from a boxed owner; <see langword="null"/> when it cannot be boxed.</summary>
    public Func<object, object?>? Getter { get; }

    /// <summary>Marked <c>[Redact]</c>: the value is masked whatever its name.</summary>
    public bool Redact { get; }

    /// <summary>Type of a pointer or ref-struct member, written instead of its value.</summary>
    public string? UnreadableTypeName { get; }

    private static JsonEncodedText? TryEncode(string name)
    {
        try
        {
            return JsonEncodedText.Encode(name, JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        }
        catch (ArgumentException)
        {
            // A name no C# compiler would emit (invalid UTF-16): written the slow way, where the writer reports it.
            return null;
        }
    }
}
