using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Text.Json;
using FlowTest.Privacy;

namespace FlowTest.Writing;

/// <summary>
/// The <c>payload</c> field is always a JSON object: objects and dictionaries are written as they
/// are, anything else (a number, a string, a list) is wrapped as <c>{"value": …}</c>.
/// </summary>
internal static class PayloadWriting
{
    private static readonly JsonEncodedText ValueName = JsonEncodedText.Encode("value");
    private static readonly ConcurrentDictionary<Type, bool> ObjectShapedTypes = new();

    public static void WriteEvidence(Utf8JsonWriter json, object evidence, PrivacyPolicy privacy, RedactionLog redactions)
    {
        if (IsObjectShaped(evidence.GetType()))
        {
            EvidenceWriter.Write(json, evidence, privacy, redactions, "payload");
            return;
        }

        json.WriteStartObject();
        json.WritePropertyName(ValueName);
        EvidenceWriter.Write(json, evidence, privacy, redactions, "payload.value");
        json.WriteEndObject();
    }

    /// <summary>Whether evidence of this type serializes to a JSON object (cached per type).</summary>
    public static bool IsObjectShaped(Type type) => ObjectShapedTypes.GetOrAdd(type, DecideObjectShaped);

    private static bool DecideObjectShaped(Type type)
    {
        if (type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) ||
            type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(TimeSpan) ||
            type == typeof(Guid) || type == typeof(Uri) || type == typeof(byte[]))
        {
            return false;
        }

        if (typeof(IDictionary).IsAssignableFrom(type))
        {
            return true;
        }

        foreach (var contract in type.GetInterfaces())
        {
            if (contract.IsGenericType)
            {
                var definition = contract.GetGenericTypeDefinition();
                if (definition == typeof(System.Collections.Generic.IDictionary<,>) ||
                    definition == typeof(System.Collections.Generic.IReadOnlyDictionary<,>))
                {
                    return true;
                }
            }
        }

        return !typeof(IEnumerable).IsAssignableFrom(type);
    }
}
