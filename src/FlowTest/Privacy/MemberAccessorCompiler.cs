using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using System.Reflection;

namespace FlowTest.Privacy;

/// <summary>
/// Turns property and field reads into delegates once per type, so that writing the same
/// evidence shape again costs a delegate call per member, not reflection.
/// </summary>
internal static class MemberAccessorCompiler
{
    private const string ByRefLikeAttribute = "System.Runtime.CompilerServices.IsByRefLikeAttribute";

    /// <summary>Public instance properties (readable, not indexers) then public instance fields, minus <c>[NoTrace]</c>.</summary>
    public static EvidenceMember[] Members(Type type)
    {
        var members = new List<EvidenceMember>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetMethod is not { IsPublic: true } || property.GetIndexParameters().Length > 0)
            {
                continue;
            }

            // A property hidden with 'new' appears twice; the most derived comes first.
            if (seen.Add(property.Name) && !property.IsDefined(typeof(NoTraceAttribute), true))
            {
                members.Add(Create(type, property, property.PropertyType));
            }
        }

        foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Instance))
        {
            if (seen.Add(field.Name) && !field.IsDefined(typeof(NoTraceAttribute), true))
            {
                members.Add(Create(type, field, field.FieldType));
            }
        }

        return members.ToArray();
    }

    /// <summary>Reads <c>Count</c> of a collection without enumerating it, or <see langword="null"/>.</summary>
    public static Func<object, int>? CountGetter(Type type)
    {
        if (typeof(ICollection).IsAssignableFrom(type))
        {
            return static value => ((ICollection)value).Count;
        }

        var interfaces = type.IsInterface ? type.GetInterfaces().Append(type) : type.GetInterfaces();
        var collection = interfaces.FirstOrDefault(i => i.IsGenericType &&
            (i.GetGenericTypeDefinition() == typeof(IReadOnlyCollection<>) || i.GetGenericTypeDefinition() == typeof(ICollection<>)));
        if (collection is null)
        {
            return null;
        }

        var count = collection.GetProperty(nameof(ICollection.Count))!;
        return Compile<int>(type, value => Expression.Property(Expression.Convert(value, collection), count), value => (int)count.GetValue(value)!);
    }

    /// <summary>True for ref structs (<c>Span&lt;T&gt;</c>…), which cannot be boxed; netstandard2.0 lacks <c>Type.IsByRefLike</c>.</summary>
    public static bool IsByRefLike(Type type) =>
        type.IsValueType && type.CustomAttributes.Any(a => a.AttributeType.FullName == ByRefLikeAttribute);

    private static EvidenceMember Create(Type owner, MemberInfo member, Type memberType)
    {
        var redact = member.IsDefined(typeof(RedactAttribute), true);
        if (memberType.IsByRef || memberType.IsPointer || IsByRefLike(memberType))
        {
            return new EvidenceMember(member.Name, null, redact, EvidenceTypeNames.DescribeSafely(memberType));
        }

        var getter = Compile<object?>(
            owner,
            value => Expression.Convert(
                member is PropertyInfo property
                    ? Expression.Property(Expression.Convert(value, owner), property)
                    : Expression.Field(Expression.Convert(value, owner), (FieldInfo)member),
                typeof(object)),
            member is PropertyInfo reflected ? reflected.GetValue : ((FieldInfo)member).GetValue);
        return new EvidenceMember(member.Name, getter, redact, null);
    }

    // Where code cannot be generated (or a shape surprises the expression compiler) plain
    // reflection still works; its exceptions arrive wrapped and are unwrapped by the writer.
    private static Func<object, TResult> Compile<TResult>(
        Type owner,
        Func<ParameterExpression, Expression> body,
        Func<object, TResult> fallback)
    {
        try
        {
            var value = Expression.Parameter(typeof(object), "value");
            return Expression.Lambda<Func<object, TResult>>(body(value), value).Compile();
        }
        catch (Exception)
        {
            return fallback;
        }
    }
}
