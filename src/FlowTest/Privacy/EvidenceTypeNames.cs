using System;
using System.Linq;

namespace FlowTest.Privacy;

/// <summary>Readable type names for markers: <c>System.Threading.Tasks.Task&lt;System.Int32&gt;</c>, not CLR mangling.</summary>
internal static class EvidenceTypeNames
{
    public static string Describe(Type type)
    {
        if (type.IsGenericParameter)
        {
            return type.Name;
        }

        if (type.IsArray)
        {
            return Describe(type.GetElementType()!) + "[" + new string(',', type.GetArrayRank() - 1) + "]";
        }

        if (type.IsPointer || type.IsByRef)
        {
            return Describe(type.GetElementType()!) + (type.IsPointer ? "*" : "&");
        }

        if (EvidenceShapes.IsAnonymous(type))
        {
            return "anonymous type";
        }

        var name = StripArity(type.Name);
        var qualified = type.IsNested && type.DeclaringType is not null
            ? Describe(type.DeclaringType.IsGenericType ? type.DeclaringType.GetGenericTypeDefinition() : type.DeclaringType) + "." + name
            : string.IsNullOrEmpty(type.Namespace) ? name : type.Namespace + "." + name;

        if (!type.IsGenericType)
        {
            return qualified;
        }

        return qualified + "<" + string.Join(", ", type.GetGenericArguments().Select(Describe)) + ">";
    }

    /// <summary>Like <see cref="Describe"/> but never throws (used on error paths).</summary>
    public static string DescribeSafely(Type? type)
    {
        if (type is null)
        {
            return "null";
        }

        try
        {
            return Describe(type);
        }
        catch (Exception)
        {
            return type.Name;
        }
    }

    private static string StripArity(string name)
    {
        var tick = name.IndexOf('`');
        return tick < 0 ? name : name.Substring(0, tick);
    }
}
