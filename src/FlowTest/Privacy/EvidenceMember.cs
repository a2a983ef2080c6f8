using System;

namespace FlowTest.Privacy;

/// <summary>One readable property or field of an evidence type, with its cached accessor.</summary>
internal sealed class EvidenceMember
{
    public EvidenceMember(string name, Func<object, object?>? getter, bool redact, string? unreadableTypeName)
    {
        Name = name;
        Getter = getter;
        Redact = redact;
        UnreadableTypeName = unreadableTypeName;
    }

    public string Name { get; }

    /// <summary>Reads the member from a boxed owner; <see langword="null"/> when it cannot be boxed.</summary>
    public Func<object, object?>? Getter { get; }

    /// <summary>Marked <c>[Redact]</c>: the value is masked whatever its name.</summary>
    public bool Redact { get; }

    /// <summary>Type of a pointer or ref-struct member, written instead of its value.</summary>
    public string? UnreadableTypeName { get; }
}
