using System.Text.Json;

namespace FlowTest.Artifacts.Digest;

/// <summary>Reads top-level scalars from small payloads (run events, metrics); never throws.</summary>
internal static class PayloadFields
{
    /// <summary>Runs <paramref name="read"/> over the payload object; does nothing for absent or invalid JSON.</summary>
    public static void Read(string? json, System.Action<JsonElement> read)
    {
        if (json is null || json.Length == 0 || json[0] != '{' || PayloadText.IsCapped(json))
        {
            return;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            read(document.RootElement);
        }
        catch (JsonException)
        {
            // A payload the writer could not make valid is evidence, not data: ignore it here.
        }
    }

    public static string? String(JsonElement payload, string name) =>
        payload.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public static double? Number(JsonElement payload, string name) =>
        payload.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var number)
            ? number
            : null;

    public static long? Integer(JsonElement payload, string name) =>
        payload.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number)
            ? number
            : null;
}
