using System.Collections.Generic;

namespace FlowTest.Config;

/// <summary>The keys <c>flows.yaml</c> knows, per section (see <see cref="ConfigKeys"/>).</summary>
internal static class CatalogKeys
{
    public static IReadOnlyList<string> Root { get; } = new[] { "$schema", "version", "defaults", "flows" };

    public static IReadOnlyList<string> Defaults { get; } = new[] { "tags", "correlation_keys", "on_failure" };

    public static IReadOnlyList<string> Flow { get; } = new[]
    {
        "id", "enabled", "description", "parent", "success", "failure_classes", "correlation_keys", "code_refs", "sla", "tags", "on_failure",
    };

    public static IReadOnlyList<string> Success { get; } = new[] { "criteria" };
}
