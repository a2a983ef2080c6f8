using System.Collections.Generic;
using Mono.Cecil;

namespace FlowTest.Weaving;

/// <summary>Reads the options of a <c>[Flow]</c> attribute from metadata (no runtime types needed).</summary>
internal static class FlowAttributeReader
{
    public static CustomAttribute? Find(ICustomAttributeProvider provider, string fullName)
    {
        if (!provider.HasCustomAttributes)
        {
            return null;
        }

        foreach (var attribute in provider.CustomAttributes)
        {
            if (attribute.AttributeType.FullName == fullName)
            {
                return attribute;
            }
        }

        return null;
    }

    public static bool Has(ICustomAttributeProvider provider, string fullName) => Find(provider, fullName) is not null;

    /// <summary>The settings for <paramref name="method"/> from its own attribute, else its type's.</summary>
    public static FlowSettings Read(CustomAttribute attribute, MethodDefinition method, bool isEntryPoint)
    {
        string? name = null;
        if (attribute.ConstructorArguments.Count == 1 && attribute.ConstructorArguments[0].Value is string given && given.Length > 0)
        {
            name = given;
        }

        string? tags = null;
        var captureArguments = true;
        var captureReturnValue = false;
        var exitCode = false;
        foreach (var property in attribute.Properties)
        {
            switch (property.Name)
            {
                case "Tags":
                    tags = JoinTags(property.Argument.Value as CustomAttributeArgument[]);
                    break;
                case "CaptureArguments":
                    captureArguments = property.Argument.Value is true;
                    break;
                case "CaptureReturnValue":
                    captureReturnValue = property.Argument.Value is true;
                    break;
                case "ExitCode":
                    exitCode = property.Argument.Value is true;
                    break;
            }
        }

        return new FlowSettings(name ?? DefaultName(method), tags, captureArguments, captureReturnValue, exitCode || isEntryPoint);
    }

    /// <summary><c>TypeName/MethodName</c>: no namespace, no generic arity.</summary>
    public static string DefaultName(MethodDefinition method) => StripArity(method.DeclaringType.Name) + "/" + method.Name;

    public static string StripArity(string name)
    {
        var tick = name.IndexOf('`');
        return tick < 0 ? name : name.Substring(0, tick);
    }

    private static string? JoinTags(CustomAttributeArgument[]? values)
    {
        if (values is null || values.Length == 0)
        {
            return null;
        }

        var tags = new List<string>();
        foreach (var value in values)
        {
            if (value.Value is string tag && tag.Length > 0)
            {
                tags.Add(tag);
            }
        }

        return tags.Count == 0 ? null : string.Join("\n", tags);
    }
}
