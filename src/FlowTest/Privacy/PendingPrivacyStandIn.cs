// Stand-in until the privacy module lands (branch `privacy`); removed at merge.
using System;
using System.Collections.Generic;
using System.Text.Json;
using FlowTest.Config;

namespace FlowTest.Privacy;

internal sealed class PrivacyPolicy
{
    public PrivacyPolicy(PrivacyConfig config) => Config = config;

    public static PrivacyPolicy Default { get; } = new(new PrivacyConfig());

    public PrivacyConfig Config { get; }

    public bool IsSensitiveKey(string key) => key.IndexOf("password", StringComparison.OrdinalIgnoreCase) >= 0;

    public string Mask(string? original) => "REDACTED";

    public string RedactText(string text) => text;

    public string Truncate(string value) => value;
}

internal sealed class RedactionLog
{
    private readonly List<string> _paths = new();

    public IReadOnlyList<string> Paths => _paths;

    public bool Truncated { get; set; }

    public void Add(string path) => _paths.Add(path);

    public void Clear()
    {
        _paths.Clear();
        Truncated = false;
    }
}

internal static class EvidenceWriter
{
    public static void Write(Utf8JsonWriter writer, object? evidence, PrivacyPolicy policy, RedactionLog log, string path = "payload")
        => JsonSerializer.Serialize(writer, evidence, evidence?.GetType() ?? typeof(object));
}

internal static class EvidenceShapes
{
    public static bool CanDeferCapture(Type type) => type.Name.Contains("AnonymousType");
}
