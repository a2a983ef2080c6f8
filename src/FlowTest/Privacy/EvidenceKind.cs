namespace FlowTest.Privacy;

/// <summary>How a value of a given runtime type is written as evidence.</summary>
internal enum EvidenceKind
{
    /// <summary>Public readable properties and public fields, as a JSON object.</summary>
    Object,

    /// <summary>Enum member name(s).</summary>
    Enum,

    /// <summary>A value type or immutable class written as one invariant string (Guid, TimeSpan, Version…).</summary>
    FormattedScalar,

    /// <summary>A URI: its original text, redacted like any string (userinfo passwords).</summary>
    Uri,

    /// <summary>Binary content: only its length.</summary>
    Bytes,

    /// <summary>A <see cref="System.Type"/>: its name.</summary>
    TypeName,

    /// <summary>An exception: type and redacted message only.</summary>
    Exception,

    /// <summary>Streams, tasks, delegates, handles…: only the type name, reading them has side effects.</summary>
    Opaque,

    /// <summary>A JSON DOM value (JsonElement, JsonDocument, JsonNode): written as the JSON it holds.</summary>
    Json,

    /// <summary>A type marked <c>[NoTrace]</c>.</summary>
    NotTraced,

    /// <summary>One <c>KeyValuePair&lt;K,V&gt;</c> or <c>DictionaryEntry</c>, written as a one-member object.</summary>
    KeyValuePair,

    /// <summary>A non-generic <see cref="System.Collections.IDictionary"/>.</summary>
    Dictionary,

    /// <summary>A sequence of <c>KeyValuePair&lt;K,V&gt;</c>: generic and read-only dictionaries included.</summary>
    KeyValueSequence,

    /// <summary>Any other sequence, as a JSON array.</summary>
    Sequence,
}
