using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;

namespace FlowTest.Privacy;

/// <summary>
/// Everything the evidence writer needs to know about a runtime type, computed once and cached:
/// how to write it, its readable members, how to count it, a display name.
/// </summary>
internal sealed class EvidenceTypeInfo
{
    private static readonly ConcurrentDictionary<Type, EvidenceTypeInfo> Cache = new();

    private EvidenceTypeInfo(Type type)
    {
        Type = type;
        DisplayName = EvidenceTypeNames.DescribeSafely(type);
        Kind = EvidenceTypeClassifier.Classify(type);
        Members = Kind is EvidenceKind.Object or EvidenceKind.KeyValuePair
            ? MemberAccessorCompiler.Members(type)
            : Array.Empty<EvidenceMember>();
        KeyMember = Member("Key");
        ValueMember = Member("Value");
        Count = Kind is EvidenceKind.Dictionary or EvidenceKind.KeyValueSequence or EvidenceKind.Sequence
            ? MemberAccessorCompiler.CountGetter(type)
            : null;

        // An object with nothing public to show says more as its type name than as "{}".
        if (Kind == EvidenceKind.Object && Members.Count == 0 && !EvidenceShapes.IsAnonymous(type))
        {
            Kind = EvidenceKind.Opaque;
        }
    }

    public Type Type { get; }

    public EvidenceKind Kind { get; }

    public string DisplayName { get; }

    public IReadOnlyList<EvidenceMember> Members { get; }

    /// <summary>The <c>Key</c> member of a pair type (readable), else null.</summary>
    public EvidenceMember? KeyMember { get; }

    /// <summary>The <c>Value</c> member of a pair type (readable), else null.</summary>
    public EvidenceMember? ValueMember { get; }

    /// <summary>Reads the item count of a collection without enumerating it; null when unknown.</summary>
    public Func<object, int>? Count { get; }

    public static EvidenceTypeInfo For(Type type) => Cache.GetOrAdd(type, static t => new EvidenceTypeInfo(t));

    private EvidenceMember? Member(string name) => Members.FirstOrDefault(m => m.Name == name && m.Getter is not null);

    /// <summary>Whether values of this kind nest other values (and so count for depth and cycles).</summary>
    public bool IsContainer => Kind is EvidenceKind.Object or EvidenceKind.KeyValuePair or EvidenceKind.Dictionary
        or EvidenceKind.KeyValueSequence or EvidenceKind.Sequence;

    /// <summary>Whether <paramref name="type"/> enumerates key/value pairs.</summary>
    internal static bool IsKeyValueSequence(Type type) =>
        typeof(IEnumerable).IsAssignableFrom(type) &&
        (type.IsInterface ? type.GetInterfaces().Append(type) : type.GetInterfaces()).Any(i =>
            i.IsGenericType &&
            i.GetGenericTypeDefinition() == typeof(IEnumerable<>) &&
            i.GetGenericArguments()[0] is { IsGenericType: true } element &&
            element.GetGenericTypeDefinition() == typeof(KeyValuePair<,>));
}
