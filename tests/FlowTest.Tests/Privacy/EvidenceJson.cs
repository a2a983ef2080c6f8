using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using FlowTest.Config;
using FlowTest.Privacy;

namespace FlowTest.Tests.Privacy;

/// <summary>Runs <see cref="EvidenceWriter"/> the way the trace writer does and returns the JSON text.</summary>
internal static class EvidenceJson
{
    public static PrivacyPolicy Roomy { get; } = new(new PrivacyConfig { PayloadLimit = 1 << 20, StringLimit = 100_000 });

    public static string Write(object? evidence, out RedactionLog log, PrivacyPolicy? policy = null, JavaScriptEncoder? encoder = null)
    {
        log = new RedactionLog();
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = encoder ?? JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("payload");
            EvidenceWriter.Write(writer, evidence, policy ?? PrivacyPolicy.Default, log);
            writer.WriteEndObject();
        }

        var line = Encoding.UTF8.GetString(stream.ToArray());
        using var document = JsonDocument.Parse(line);
        return document.RootElement.GetProperty("payload").GetRawText();
    }

    public static string Write(object? evidence, PrivacyPolicy? policy = null) => Write(evidence, out _, policy);

    public static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement.Clone();
}
