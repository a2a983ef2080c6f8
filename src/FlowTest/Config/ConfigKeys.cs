using System.Collections.Generic;

namespace FlowTest.Config;

/// <summary>
/// The keys <c>flowtest.yaml</c> knows, per section: the parser reports any other key as unknown
/// and suggests the closest of these; a test checks docs/flowtest.schema.json against them.
/// <c>$schema</c> is accepted (and ignored) so editors can find the JSON Schema.
/// </summary>
internal static class ConfigKeys
{
    public static IReadOnlyList<string> Root { get; } = new[]
    {
        "$schema", "version", "enabled", "profile", "profiles", "sinks", "artifacts", "privacy", "filters", "performance", "retention",
    };

    public static IReadOnlyList<string> Profile { get; } = new[] { "include_flows", "exclude_flows", "include_tags", "min_severity" };

    public static IReadOnlyList<string> Sink { get; } = new[] { "type", "path" };

    public static IReadOnlyList<string> Artifacts { get; } = new[] { "summary_md", "ask_md", "per_run_dirs", "trace_tail_events" };

    public static IReadOnlyList<string> Privacy { get; } = new[]
    {
        "redact_keys", "redact_defaults", "payload_limit", "string_limit", "allow_raw_payloads", "hash",
    };

    public static IReadOnlyList<string> Filters { get; } = new[]
    {
        "include_tags", "exclude_tags", "include_flows", "exclude_flows", "min_severity",
    };

    public static IReadOnlyList<string> Performance { get; } = new[] { "latency_buckets_ms", "sla_overrides" };

    public static IReadOnlyList<string> Sla { get; } = new[] { "p95_ms" };

    public static IReadOnlyList<string> Retention { get; } = new[] { "rotate_trace", "max_trace_bytes", "keep_runs" };
}
