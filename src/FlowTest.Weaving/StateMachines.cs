using Mono.Cecil;

namespace FlowTest.Weaving;

/// <summary>Finds the compiler-generated state machine behind an async method or an iterator.</summary>
internal static class StateMachines
{
    public static TypeDefinition? Find(MethodDefinition method) =>
        FindOf(method, AttributeNames.AsyncStateMachine) ??
        FindOf(method, AttributeNames.IteratorStateMachine) ??
        FindOf(method, AttributeNames.AsyncIteratorStateMachine);

    public static TypeDefinition? FindOf(MethodDefinition method, string attributeName)
    {
        var attribute = FlowAttributeReader.Find(method, attributeName);
        if (attribute is null || attribute.ConstructorArguments.Count != 1 || attribute.ConstructorArguments[0].Value is not TypeReference type)
        {
            return null;
        }

        foreach (var nested in method.DeclaringType.NestedTypes)
        {
            if (nested.Name == type.Name)
            {
                return nested;
            }
        }

        return null;
    }

    public static MethodDefinition? Method(TypeDefinition type, string name)
    {
        foreach (var method in type.Methods)
        {
            if (method.Name == name || method.Name.EndsWith("." + name, System.StringComparison.Ordinal))
            {
                return method;
            }
        }

        return null;
    }

    public static FieldDefinition? Field(TypeDefinition type, string name)
    {
        foreach (var field in type.Fields)
        {
            if (field.Name == name)
            {
                return field;
            }
        }

        return null;
    }
}
