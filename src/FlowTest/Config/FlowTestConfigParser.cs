using System;
using System.Collections.Generic;
using System.Linq;

namespace FlowTest.Config;

/// <summary>
/// Reads <c>flowtest.yaml</c> (SPEC §8). Never throws: a problem becomes a diagnostic at its line
/// and column, the offending key keeps its default and every other setting still applies.
/// </summary>
internal static partial class FlowTestConfigParser
{
    public static ConfigParseResult<FlowTestConfig> Parse(string yamlText, string filePath) =>
        YamlDocumentLoader.ParseSafely(yamlText, filePath, ConfigKeys.Root, FlowTestConfig.Default, Read, "every setting keeps its default");

    private static FlowTestConfig Read(YamlMappingReader root)
    {
        var version = FileFormatVersion.Read(root);
        var profiles = ReadProfiles(root);
        return new FlowTestConfig
        {
            Version = version,
            Enabled = root.Bool("enabled", true),
            Profiles = profiles,
            Profile = ReadActiveProfile(root, profiles),
            Sinks = ReadSinks(root),
            Artifacts = ReadArtifacts(root.Mapping("artifacts", ConfigKeys.Artifacts)),
            Privacy = ReadPrivacy(root.Mapping("privacy", ConfigKeys.Privacy)),
            Filters = ReadFilters(root.Mapping("filters", ConfigKeys.Filters)),
            Performance = ReadPerformance(root.Mapping("performance", ConfigKeys.Performance)),
            Retention = ReadRetention(root.Mapping("retention", ConfigKeys.Retention)),
        };
    }

    private static IReadOnlyDictionary<string, ProfileConfig> ReadProfiles(YamlMappingReader root)
    {
        var profiles = FlowTestConfig.BuiltInProfiles();
        var section = root.Mapping("profiles", knownKeys: null);
        if (section is null)
        {
            return profiles;
        }

        var defaults = new ProfileConfig();
        foreach (var entry in section.Entries)
        {
            var name = entry.Key.Value?.Trim() ?? "";
            if (name.Length == 0)
            {
                section.Report.Error(ConfigDiagnosticCodes.InvalidValue, entry.Key, section.Path, "a profile needs a non-empty name; this one is ignored");
                continue;
            }

            var profile = YamlMappingReader.Open(entry.Value, section.ChildPath(name), section.Report, ConfigKeys.Profile);
            profiles[name] = profile is null
                ? defaults
                : new ProfileConfig
                {
                    IncludeFlows = profile.StringList("include_flows", defaults.IncludeFlows),
                    ExcludeFlows = profile.StringList("exclude_flows", defaults.ExcludeFlows),
                    IncludeTags = profile.StringList("include_tags", defaults.IncludeTags),
                    MinSeverity = profile.Choice("min_severity", defaults.MinSeverity, ConfigChoices.Severities),
                };
        }

        return profiles;
    }

    private static string? ReadActiveProfile(YamlMappingReader root, IReadOnlyDictionary<string, ProfileConfig> profiles)
    {
        var name = root.Text("profile", null);
        if (name is null || profiles.ContainsKey(name))
        {
            return name;
        }

        root.Report.Error(
            ConfigDiagnosticCodes.UnknownProfile,
            root.Find("profile"),
            "profile",
            "profile '" + name + "' is not defined under 'profiles'" + NameSuggester.DidYouMean(name, profiles.Keys)
            + "; defined profiles: " + string.Join(", ", profiles.Keys.OrderBy(key => key, StringComparer.Ordinal))
            + ". Every flow is recorded until 'profile' names one of them");
        return null;
    }

    private static ArtifactsConfig ReadArtifacts(YamlMappingReader? section)
    {
        var defaults = new ArtifactsConfig();
        if (section is null)
        {
            return defaults;
        }

        // The seed could write one trace for all runs; FlowTest always keeps one directory per run (SPEC §7).
        if (!section.Bool("per_run_dirs", true))
        {
            section.Report.Warning(
                ConfigDiagnosticCodes.NotSupported,
                section.Find("per_run_dirs"),
                section.ChildPath("per_run_dirs"),
                "'per_run_dirs: false' is not supported: every run gets its own runs/<run_id>/ directory; remove the key");
        }

        return new ArtifactsConfig
        {
            SummaryMd = section.Bool("summary_md", defaults.SummaryMd),
            AskMd = section.Choice("ask_md", defaults.AskMd, ConfigChoices.AskMd),
            TraceTailEvents = section.Int("trace_tail_events", defaults.TraceTailEvents, 0),
        };
    }

    private static PrivacyConfig ReadPrivacy(YamlMappingReader? section)
    {
        var defaults = new PrivacyConfig();
        if (section is null)
        {
            return defaults;
        }

        // redact_keys extends the built-in list: a file copied from an example must never
        // un-redact "session" or "connectionstring" by accident. Dropping them takes an explicit
        // redact_defaults: false.
        var builtIn = section.Bool("redact_defaults", true) ? PrivacyConfig.DefaultRedactKeys : new string[0];
        var extra = section.StringList("redact_keys", new string[0]);
        return new PrivacyConfig
        {
            RedactKeys = builtIn.Concat(extra).Distinct(StringComparer.OrdinalIgnoreCase).ToArray(),
            PayloadLimit = section.Int("payload_limit", defaults.PayloadLimit, 128),
            StringLimit = section.Int("string_limit", defaults.StringLimit, 16),
            AllowRawPayloads = section.Bool("allow_raw_payloads", defaults.AllowRawPayloads),
            Hash = section.Bool("hash", defaults.Hash),
        };
    }

    private static FiltersConfig ReadFilters(YamlMappingReader? section)
    {
        var defaults = new FiltersConfig();
        return section is null
            ? defaults
            : new FiltersConfig
            {
                IncludeTags = section.StringList("include_tags", defaults.IncludeTags),
                ExcludeTags = section.StringList("exclude_tags", defaults.ExcludeTags),
                IncludeFlows = section.StringList("include_flows", defaults.IncludeFlows),
                ExcludeFlows = section.StringList("exclude_flows", defaults.ExcludeFlows),
                MinSeverity = section.Choice("min_severity", defaults.MinSeverity, ConfigChoices.Severities),
            };
    }

    private static RetentionConfig ReadRetention(YamlMappingReader? section)
    {
        var defaults = new RetentionConfig();
        return section is null
            ? defaults
            : new RetentionConfig
            {
                RotateTrace = section.Bool("rotate_trace", defaults.RotateTrace),
                MaxTraceBytes = section.ByteSize("max_trace_bytes", defaults.MaxTraceBytes, 1024),
                KeepRuns = section.Int("keep_runs", defaults.KeepRuns, 1),
            };
    }
}
