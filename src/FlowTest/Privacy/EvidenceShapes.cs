using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace FlowTest.Privacy;

/// <summary>
/// Which evidence can be serialized later, on the writer's thread, without taking a snapshot on
/// the caller's thread: values that cannot change after they were handed over.
/// </summary>
internal static class EvidenceShapes
{
    private static readonly ConcurrentDictionary<Type, bool> Deferrable = new();

    private static readonly Type[] ImmutableScalars =
    {
        typeof(string), typeof(decimal), typeof(DateTime), typeof(DateTimeOffset), typeof(TimeSpan), typeof(Guid),
    };

    /// <summary>Whether this evidence instance can be formatted later: by its type, or <see cref="NamedValues"/> holding only immutable values.</summary>
    public static bool CanDeferCapture(object evidence) =>
        evidence is NamedValues named ? named.CanDeferCapture : CanDeferCapture(evidence.GetType());

    /// <summary>
    /// True for primitives, strings, enums, decimal, DateTime(Offset), TimeSpan, Guid (and
    /// nullable versions), and anonymous types whose properties are all such (nesting allowed).
    /// Collections, dictionaries, arrays and ordinary classes are mutable: false.
    /// </summary>
    public static bool CanDeferCapture(Type type) => Deferrable.GetOrAdd(type, static t => Compute(t));

    /// <summary>Whether <paramref name="type"/> is a C# or VB anonymous type (immutable by construction).</summary>
    public static bool IsAnonymous(Type type) =>
        type.IsClass &&
        type.IsSealed &&
        type.Namespace is null &&
        type.Name.IndexOf("AnonymousType", StringComparison.Ordinal) >= 0 &&
        (type.Name.StartsWith("<>", StringComparison.Ordinal) || type.Name.StartsWith("VB$", StringComparison.Ordinal)) &&
        type.IsDefined(typeof(CompilerGeneratedAttribute), false);

    private static bool Compute(Type type)
    {
        if (type.IsPrimitive || type.IsEnum || Array.IndexOf(ImmutableScalars, type) >= 0)
        {
            return true;
        }

        var underlying = Nullable.GetUnderlyingType(type);
        if (underlying is not null)
        {
            return CanDeferCapture(underlying);
        }

        return IsAnonymous(type) &&
            type.GetFields(BindingFlags.Public | BindingFlags.Instance).Length == 0 &&
            type.GetProperties(BindingFlags.Public | BindingFlags.Instance).All(p => CanDeferCapture(p.PropertyType));
    }
}
