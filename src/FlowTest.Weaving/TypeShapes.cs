using System;
using System.Linq;
using Mono.Cecil;

namespace FlowTest.Weaving;

/// <summary>What the IL may do with a value of a given type: box it, or only name it.</summary>
internal static class TypeShapes
{
    /// <summary>
    /// Ref structs (<c>Span&lt;T&gt;</c>…) cannot be boxed or used as generic arguments; pointers
    /// cannot be boxed. Such values are recorded by type name only.
    /// </summary>
    public static bool CannotBox(TypeReference type)
    {
        if (type.IsPointer || type.IsFunctionPointer || type.MetadataType == MetadataType.TypedByReference)
        {
            return true;
        }

        if (type is GenericParameter || !type.IsValueType || type.IsPrimitive)
        {
            return false;
        }

        var element = type.GetElementType();
        if (element.Namespace == "System" && (element.Name == "Span`1" || element.Name == "ReadOnlySpan`1"))
        {
            return true;
        }

        try
        {
            var definition = element.Resolve();
            return definition is not null && FlowAttributeReader.Has(definition, AttributeNames.IsByRefLike);
        }
        catch (AssemblyResolutionException)
        {
            // Unresolvable value type: boxing a ref struct would be invalid IL, naming a struct is merely terse.
            return true;
        }
    }

    /// <summary>Whether a value of this type must be boxed to become an <c>object</c>.</summary>
    public static bool NeedsBox(TypeReference type) => type is GenericParameter || type.IsValueType;

    /// <summary>A short C#-like name: <c>Span&lt;Int32&gt;</c>, <c>Byte*</c>, <c>Order[]</c>.</summary>
    public static string Display(TypeReference type)
    {
        switch (type)
        {
            case PointerType pointer:
                return Display(pointer.ElementType) + "*";
            case ByReferenceType byReference:
                return Display(byReference.ElementType);
            case ArrayType array:
                return Display(array.ElementType) + "[]";
            case GenericInstanceType generic:
                return FlowAttributeReader.StripArity(generic.ElementType.Name) + "<" + string.Join(", ", generic.GenericArguments.Select(Display)) + ">";
            case FunctionPointerType:
                return "delegate*";
            default:
                return FlowAttributeReader.StripArity(type.Name);
        }
    }

    /// <summary>The type marker written for a value recorded by name only (same shape as the runtime's).</summary>
    public static string TypeOnlyMarker(TypeReference type) => "<" + Display(type) + ">";

    public static bool IsVoid(TypeReference type) => type.MetadataType == MetadataType.Void;

    public static bool IsNamed(TypeReference type, string ns, string name) =>
        string.Equals(type.Namespace, ns, StringComparison.Ordinal) && string.Equals(type.Name, name, StringComparison.Ordinal);
}
