using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace FlowTest.Tests.Support;

/// <summary>
/// A JSON Schema (draft 2020-12) validator for the keywords docs/trace.schema.json uses: type,
/// required, properties, additionalProperties, items, enum, const, pattern, format date-time,
/// minLength, minimum, if/then/else, allOf and local $ref. Any other keyword in the schema throws
/// at load, so the schema cannot quietly outgrow what the tests check.
/// </summary>
internal sealed partial class JsonSchemaSubset
{
    private static readonly Regex DateTimeShape = new(
        "^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})$", RegexOptions.CultureInvariant);

    private readonly JsonElement _root;
    private readonly Dictionary<string, Regex> _patterns = new(StringComparer.Ordinal);

    public JsonSchemaSubset(JsonElement root)
    {
        _root = root.Clone();
        CheckKeywords(_root, "#");
    }

    /// <summary>Every violation, as <c>/json/pointer: what is wrong</c>; empty when valid.</summary>
    public IReadOnlyList<string> Validate(JsonElement instance)
    {
        var errors = new List<string>();
        Validate(_root, instance, "", errors);
        return errors;
    }

    private void Validate(JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        if (schema.ValueKind is JsonValueKind.True)
        {
            return;
        }

        if (schema.ValueKind is JsonValueKind.False)
        {
            errors.Add(At(path) + "is not allowed here");
            return;
        }

        // A value of the wrong type makes the other keywords' messages noise.
        if (schema.TryGetProperty("type", out var type) && !TypeMatches(type, value))
        {
            errors.Add(At(path) + "expected " + type.GetRawText() + " but found " + Show(value));
            return;
        }

        foreach (var keyword in schema.EnumerateObject())
        {
            var rule = keyword.Value;
            switch (keyword.Name)
            {
                case "$ref": Validate(Resolve(rule.GetString()!), value, path, errors); break;
                case "const":
                    if (!JsonEquals(rule, value))
                    {
                        errors.Add(At(path) + "must be " + rule.GetRawText() + " but is " + Show(value));
                    }

                    break;
                case "enum":
                    if (!rule.EnumerateArray().Any(option => JsonEquals(option, value)))
                    {
                        errors.Add(At(path) + Show(value) + " is not one of " + rule.GetRawText());
                    }

                    break;
                case "pattern":
                    if (value.ValueKind == JsonValueKind.String && !Pattern(rule.GetString()!).IsMatch(value.GetString()!))
                    {
                        errors.Add(At(path) + Show(value) + " does not match " + rule.GetString());
                    }

                    break;
                case "format": CheckFormat(rule.GetString()!, value, path, errors); break;
                case "minLength":
                    if (value.ValueKind == JsonValueKind.String && value.GetString()!.Length < rule.GetInt32())
                    {
                        errors.Add(At(path) + "must have at least " + rule.GetRawText() + " characters");
                    }

                    break;
                case "minimum":
                    if (value.ValueKind == JsonValueKind.Number && value.GetDouble() < rule.GetDouble())
                    {
                        errors.Add(At(path) + Show(value) + " is below the minimum " + rule.GetRawText());
                    }

                    break;
                case "required": CheckRequired(rule, value, path, errors); break;
                case "properties": CheckProperties(rule, value, path, errors); break;
                case "additionalProperties": CheckAdditional(schema, rule, value, path, errors); break;
                case "items":
                    if (value.ValueKind == JsonValueKind.Array)
                    {
                        var index = 0;
                        foreach (var item in value.EnumerateArray())
                        {
                            Validate(rule, item, path + "/" + (index++).ToString(CultureInfo.InvariantCulture), errors);
                        }
                    }

                    break;
                case "allOf":
                    foreach (var part in rule.EnumerateArray())
                    {
                        Validate(part, value, path, errors);
                    }

                    break;
                case "if": CheckConditional(schema, rule, value, path, errors); break;
                default: break;
            }
        }
    }

    private void CheckConditional(JsonElement schema, JsonElement condition, JsonElement value, string path, List<string> errors)
    {
        var probe = new List<string>();
        Validate(condition, value, path, probe);
        var branch = probe.Count == 0 ? "then" : "else";
        if (!schema.TryGetProperty(branch, out var consequence))
        {
            return;
        }

        var found = new List<string>();
        Validate(consequence, value, path, found);
        var why = condition.TryGetProperty("properties", out var properties) ? properties.GetRawText() : condition.GetRawText();
        errors.AddRange(found.Select(e => e + " (rule " + branch + " " + why + ")"));
    }

    private static void CheckRequired(JsonElement rule, JsonElement value, string path, List<string> errors)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var name in rule.EnumerateArray().Select(n => n.GetString()!))
        {
            if (!value.TryGetProperty(name, out _))
            {
                errors.Add(At(path) + "missing required property \"" + name + "\"");
            }
        }
    }

    private void CheckProperties(JsonElement rule, JsonElement value, string path, List<string> errors)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var property in rule.EnumerateObject())
        {
            if (value.TryGetProperty(property.Name, out var member))
            {
                Validate(property.Value, member, path + "/" + property.Name, errors);
            }
        }
    }

    private void CheckAdditional(JsonElement schema, JsonElement rule, JsonElement value, string path, List<string> errors)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        var declared = schema.TryGetProperty("properties", out var properties)
            ? properties.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal)
            : new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in value.EnumerateObject().Where(m => !declared.Contains(m.Name)))
        {
            Validate(rule, member.Value, path + "/" + member.Name, errors);
        }
    }

    private static void CheckFormat(string format, JsonElement value, string path, List<string> errors)
    {
        if (!string.Equals(format, "date-time", StringComparison.Ordinal))
        {
            throw new NotSupportedException("format " + format + " is not checked by the test validator");
        }

        if (value.ValueKind == JsonValueKind.String
            && (!DateTimeShape.IsMatch(value.GetString()!)
                || !DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out _)))
        {
            errors.Add(At(path) + Show(value) + " is not an RFC 3339 date-time");
        }
    }

    private static bool TypeMatches(JsonElement type, JsonElement value) =>
        type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Any(t => IsType(t.GetString()!, value))
            : IsType(type.GetString()!, value);

    private static bool IsType(string type, JsonElement value) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "number" => value.ValueKind == JsonValueKind.Number,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var d) && Math.Floor(d) == d,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => value.ValueKind == JsonValueKind.Null,
        _ => throw new NotSupportedException("type " + type),
    };

    private static bool JsonEquals(JsonElement left, JsonElement right)
    {
        if (left.ValueKind != right.ValueKind)
        {
            return false;
        }

        return left.ValueKind switch
        {
            JsonValueKind.String => string.Equals(left.GetString(), right.GetString(), StringComparison.Ordinal),
            JsonValueKind.Number => left.GetDouble() == right.GetDouble(),
            JsonValueKind.True or JsonValueKind.False or JsonValueKind.Null => true,
            _ => string.Equals(left.GetRawText(), right.GetRawText(), StringComparison.Ordinal),
        };
    }

    private JsonElement Resolve(string reference)
    {
        if (!reference.StartsWith("#/", StringComparison.Ordinal))
        {
            throw new NotSupportedException("only local $ref are supported: " + reference);
        }

        var node = _root;
        foreach (var part in reference.Substring(2).Split('/'))
        {
            node = node.GetProperty(part.Replace("~1", "/").Replace("~0", "~"));
        }

        return node;
    }

    private Regex Pattern(string pattern)
    {
        if (!_patterns.TryGetValue(pattern, out var regex))
        {
            regex = new Regex(pattern, RegexOptions.CultureInvariant);
            _patterns[pattern] = regex;
        }

        return regex;
    }

    private static string At(string path) => (path.Length == 0 ? "(line)" : path) + ": ";

    private static string Show(JsonElement value)
    {
        var raw = value.GetRawText();
        return raw.Length > 80 ? raw.Substring(0, 80) + "…" : raw;
    }
}
