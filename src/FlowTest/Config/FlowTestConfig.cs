using System.Collections.Generic;

namespace FlowTest.Config;

/// <summary>
/// The effective configuration: <c>.flowtest/flowtest.yaml</c> (SPEC §8) with environment
/// overrides applied. Every value has a default, so no file is needed.
/// </summary>
internal sealed record FlowTestConfig
{
    public static FlowTestConfig Default { get; } = new();

    public int Version { get; init; } = 1;

    public bool Enabled { get; init; } = true;

    /// <summary>The active profile name; <see langword="null"/> means "record every flow".</summary>
    public string? Profile { get; init; }

    public IReadOnlyDictionary<string, ProfileConfig> Profiles { get; init; } = new Dictionary<string, ProfileConfig>();

    public SinksConfig Sinks { get; init; } = new();

    public ArtifactsConfig Artifacts { get; init; } = new();

    public PrivacyConfig Privacy { get; init; } = new();

    public FiltersConfig Filters { get; init; } = new();

    public PerformanceConfig Performance { get; init; } = new();

    public RetentionConfig Retention { get; init; } = new();
}
