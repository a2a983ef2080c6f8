using System;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FlowTest.Privacy;

/// <summary>
/// JSON DOM values (<see cref="JsonElement"/>, <see cref="JsonDocument"/>, <see cref="JsonNode"/>):
/// written as the JSON they hold, under the same key, shape, depth and size rules as objects.
/// </summary>
internal sealed partial class EvidenceWalker
{
    // Longer number tokens are written as (cut) strings rather than raw into the payload.
    private const int MaxRawNumberLength = 64;

    private void WriteJson(object value, int depth)
    {
        JsonDocument? owned = null;
        JsonElement element;
        try
        {
            switch (value)
            {
                case JsonElement jsonElement:
                    element = jsonElement;
                    break;
                case JsonDocument document:
                    element = document.RootElement;
                    break;
                default:
                    // JsonNode has no read-only view of its values: round-trip it once.
                    owned = JsonDocument.Parse(((JsonNode)value).ToJsonString());
                    element = owned.RootElement;
                    break;
            }

            _ = element.ValueKind;
        }
        catch (Exception exception)
        {
            // A disposed document, most likely; nothing was written yet.
            owned?.Dispose();
            _json.WriteStringValue(ErrorMarker(exception));
            return;
        }

        try
        {
            WriteJsonElement(element, depth);
        }
        finally
        {
            owned?.Dispose();
        }
    }

    private void WriteJsonElement(JsonElement element, int depth)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object when depth >= PrivacyPolicy.MaxDepth:
            case JsonValueKind.Array when depth >= PrivacyPolicy.MaxDepth:
                _json.WriteStringValue(EvidenceMarkers.DepthLimit);
                _log.MarkTruncated();
                break;
            case JsonValueKind.Object:
                WriteJsonObject(element, depth);
                break;
            case JsonValueKind.Array:
                WriteJsonArray(element, depth);
                break;
            case JsonValueKind.String:
                WriteText(element.GetString() ?? string.Empty);
                break;
            case JsonValueKind.Number:
                var number = element.GetRawText();
                if (number.Length <= MaxRawNumberLength)
                {
                    _json.WriteRawValue(number, skipInputValidation: true);
                }
                else
                {
                    WriteText(number);
                }

                break;
            case JsonValueKind.True:
            case JsonValueKind.False:
                _json.WriteBooleanValue(element.ValueKind == JsonValueKind.True);
                break;
            default:
                _json.WriteNullValue();
                break;
        }
    }

    private void WriteJsonObject(JsonElement element, int depth)
    {
        _json.WriteStartObject();
        var written = 0;
        var properties = element.EnumerateObject();
        while (properties.MoveNext())
        {
            if (written >= PrivacyPolicy.MaxItems)
            {
                var remaining = 1;
                while (properties.MoveNext())
                {
                    remaining++;
                }

                _log.MarkTruncated();
                _json.WriteString(EvidenceMarkers.MoreMember, EvidenceMarkers.MoreItemsOf(remaining));
                break;
            }

            if (OverBudget)
            {
                WriteBudgetMarkerMember();
                break;
            }

            var property = properties.Current;
            var name = KeyText(property.Name);
            _path.Push(name);
            _json.WritePropertyName(name);
            if (_policy.IsSensitiveKey(name))
            {
                WriteMasked(JsonScalar(property.Value));
            }
            else
            {
                WriteJsonElement(property.Value, depth + 1);
            }

            _path.Pop();
            written++;
        }

        _json.WriteEndObject();
    }

    private void WriteJsonArray(JsonElement element, int depth)
    {
        _json.WriteStartArray();
        var index = 0;
        foreach (var item in element.EnumerateArray())
        {
            if (index >= PrivacyPolicy.MaxItems)
            {
                _log.MarkTruncated();
                _json.WriteStringValue(EvidenceMarkers.MoreItemsOf(element.GetArrayLength() - index));
                break;
            }

            if (OverBudget)
            {
                WriteBudgetMarkerItem();
                break;
            }

            _path.PushIndex(index);
            WriteJsonElement(item, depth + 1);
            _path.Pop();
            index++;
        }

        _json.WriteEndArray();
    }

    /// <summary>What a masked JSON value hashes as: its text for scalars, nothing for containers.</summary>
    private static object? JsonScalar(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => value,
    };
}
