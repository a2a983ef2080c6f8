using System;
using System.Collections.Generic;
using System.Text.Json;

namespace FlowTest.Tests.Support;

/// <content>Which keywords the validator knows, checked once when a schema is loaded.</content>
internal sealed partial class JsonSchemaSubset
{
    private static readonly HashSet<string> Annotations = new(StringComparer.Ordinal)
    {
        "$schema", "$id", "$defs", "title", "description",
    };

    private static readonly HashSet<string> Assertions = new(StringComparer.Ordinal)
    {
        "$ref", "type", "required", "properties", "additionalProperties", "items", "enum", "const", "pattern",
        "format", "minLength", "minimum", "if", "then", "else", "allOf",
    };

    private static void CheckKeywords(JsonElement schema, string where)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var keyword in schema.EnumerateObject())
        {
            if (!Annotations.Contains(keyword.Name) && !Assertions.Contains(keyword.Name))
            {
                throw new NotSupportedException("schema keyword \"" + keyword.Name + "\" at " + where + " is not supported by the test validator");
            }

            var inner = where + "/" + keyword.Name;
            switch (keyword.Name)
            {
                case "properties" or "$defs":
                    foreach (var property in keyword.Value.EnumerateObject())
                    {
                        CheckKeywords(property.Value, inner + "/" + property.Name);
                    }

                    break;
                case "allOf":
                    foreach (var part in keyword.Value.EnumerateArray())
                    {
                        CheckKeywords(part, inner);
                    }

                    break;
                case "items" or "additionalProperties" or "if" or "then" or "else":
                    CheckKeywords(keyword.Value, inner);
                    break;
                default: break;
            }
        }
    }
}
