using System;
using System.Collections.Generic;

namespace FlowTest.Config;

/// <summary>
/// The effective configuration: <c>.flowtest/flowtest.yaml</c> (SPEC §8) with environment
/// overrides applied. Every value has a default, so no file is needed.
/// </summary>
internal sealed record FlowTestConfig
{
    /// <summary>The built-in profile that records every flow; a file may redefine it.</summary>
    public const string AllProfileName = "all";

    public static FlowTestConfig Default { get; } = new();

    public int Version { get; init; } = 1;

    public bool Enabled { get; init; } = true;

    /// <summary>The active profile name; <see langword="null"/> means "record every flow".</summary>
    public string? Profile { get; init; }

    /// <summary>Named profiles; <see cref="AllProfileName"/> is always present.</summary>
    public IReadOnlyDictionary<string, ProfileConfig> Profiles { get; init; } = BuiltInProfiles();

    public SinksConfig Sinks { get; init; } = new();

    public ArtifactsConfig Artifacts { get; init; } = new();

    public PrivacyConfig Privacy { get; init; } = new();

    public FiltersConfig Filters { get; init; } = new();

    public PerformanceConfig Performance { get; init; } = new();

    public RetentionConfig Retention { get; init; } = new();

    /// <summary>The profile named by <see cref="Profile"/>, or <see langword="null"/> when none is active.</summary>
    public ProfileConfig? ActiveProfile =>
        Profile is not null && Profiles.TryGetValue(Profile, out var profile) ? profile : null;

    /// <summary>A fresh, writable copy of the built-in profiles (parsers add the file's profiles to it).</summary>
    public static Dictionary<string, ProfileConfig> BuiltInProfiles() =>
        new(StringComparer.Ordinal) { [AllProfileName] = new ProfileConfig() };
}
