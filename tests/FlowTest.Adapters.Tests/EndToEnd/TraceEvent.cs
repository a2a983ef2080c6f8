using System.Text.Json;

namespace FlowTest.Adapters.Tests.EndToEnd;

/// <summary>One parsed trace line of the end-to-end run.</summary>
internal sealed record TraceEvent(string Event, string? Source, string? Flow, string? FlowId, string? ParentId, string? Step, string? Verdict, JsonElement Line)
{
    public string? Text(params string[] path)
    {
        var element = Line;
        foreach (var name in path)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element))
            {
                return null;
            }
        }

        return element.ValueKind == JsonValueKind.String ? element.GetString() : element.GetRawText();
    }
}
