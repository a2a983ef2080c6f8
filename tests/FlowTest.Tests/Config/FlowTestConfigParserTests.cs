using System.Linq;
using FlowTest.Config;
using FlowTest.Model;

namespace FlowTest.Tests.Config;

public sealed class FlowTestConfigParserTests
{
    private const string FullFile = """
        version: 1
        enabled: false
        profile: critical
        profiles:
          critical:
            include_flows: ["data/**", "orders/**"]
            exclude_flows: ["**/debug/**"]
            include_tags: [AAPL]
            min_severity: info
          quiet:
            min_severity: error
        sinks:
          - type: console
          - type: jsonl
        artifacts:
          summary_md: false
          ask_md: always
          per_run_dirs: true
          trace_tail_events: 75
        privacy:
          redact_keys: ["ssn", "Token"]
          payload_limit: 4096
          string_limit: 256
          allow_raw_payloads: true
          hash: true
        filters:
          include_tags: ["phase5"]
          exclude_tags: ["noisy"]
          include_flows: ["extra/**"]
          exclude_flows: ["orders/cancel"]
          min_severity: warn
        performance:
          latency_buckets_ms: [1000, 50, 200.5]
          sla_overrides:
            "orders/submit": { p95_ms: 1000 }
            "data/fetch/minute_candles": { p95_ms: 800 }
        retention:
          rotate_trace: false
          max_trace_bytes: 5242880
          keep_runs: 3
        """;

    [Fact]
    public void Reads_every_key_of_a_complete_file()
    {
        var result = FlowTestConfigParser.Parse(FullFile, "flowtest.yaml");

        Assert.Empty(result.Diagnostics);
        var config = result.Value;
        Assert.Equal(1, config.Version);
        Assert.False(config.Enabled);
        Assert.Equal("critical", config.Profile);

        var critical = config.Profiles["critical"];
        Assert.Equal(new[] { "data/**", "orders/**" }, critical.IncludeFlows);
        Assert.Equal(new[] { "**/debug/**" }, critical.ExcludeFlows);
        Assert.Equal(new[] { "AAPL" }, critical.IncludeTags);
        Assert.Equal(EventSeverity.Info, critical.MinSeverity);
        Assert.Equal(EventSeverity.Error, config.Profiles["quiet"].MinSeverity);
        Assert.Equal(new[] { "**" }, config.Profiles["quiet"].IncludeFlows);

        Assert.True(config.Sinks.Console);
        Assert.True(config.Sinks.Jsonl);

        Assert.False(config.Artifacts.SummaryMd);
        Assert.Equal(AskMdMode.Always, config.Artifacts.AskMd);
        Assert.Equal(75, config.Artifacts.TraceTailEvents);

        Assert.Equal(4096, config.Privacy.PayloadLimit);
        Assert.Equal(256, config.Privacy.StringLimit);
        Assert.True(config.Privacy.AllowRawPayloads);
        Assert.True(config.Privacy.Hash);

        Assert.Equal(new[] { "phase5" }, config.Filters.IncludeTags);
        Assert.Equal(new[] { "noisy" }, config.Filters.ExcludeTags);
        Assert.Equal(new[] { "extra/**" }, config.Filters.IncludeFlows);
        Assert.Equal(new[] { "orders/cancel" }, config.Filters.ExcludeFlows);
        Assert.Equal(EventSeverity.Warn, config.Filters.MinSeverity);

        Assert.Equal(new[] { 50d, 200.5, 1000d }, config.Performance.LatencyBucketsMs);
        Assert.Equal(1000d, config.Performance.SlaP95Ms["orders/submit"]);
        Assert.Equal(800d, config.Performance.SlaP95Ms["data/fetch/minute_candles"]);

        Assert.False(config.Retention.RotateTrace);
        Assert.Equal(5242880L, config.Retention.MaxTraceBytes);
        Assert.Equal(3, config.Retention.KeepRuns);
    }

    [Theory]
    [InlineData("")]
    [InlineData("# nothing configured yet\n")]
    [InlineData("version: 1\n")]
    public void Absent_keys_keep_their_defaults(string yaml)
    {
        var result = FlowTestConfigParser.Parse(yaml, "flowtest.yaml");

        Assert.Empty(result.Diagnostics);
        var config = result.Value;
        var defaults = FlowTestConfig.Default;
        Assert.True(config.Enabled);
        Assert.Null(config.Profile);
        Assert.Equal(new[] { FlowTestConfig.AllProfileName }, config.Profiles.Keys);
        Assert.Equal(defaults.Sinks, config.Sinks);
        Assert.Equal(defaults.Artifacts, config.Artifacts);
        Assert.Equal(AskMdMode.OnFailure, config.Artifacts.AskMd);
        Assert.Equal(50, config.Artifacts.TraceTailEvents);
        Assert.Equal(PrivacyConfig.DefaultRedactKeys, config.Privacy.RedactKeys);
        Assert.Equal(2048, config.Privacy.PayloadLimit);
        Assert.False(config.Privacy.AllowRawPayloads);
        Assert.Empty(config.Filters.IncludeFlows);
        Assert.Equal(EventSeverity.Debug, config.Filters.MinSeverity);
        Assert.Equal(new[] { 50d, 200d, 1000d }, config.Performance.LatencyBucketsMs);
        Assert.Empty(config.Performance.SlaP95Ms);
        Assert.Equal(defaults.Retention, config.Retention);
    }

    [Fact]
    public void Redact_keys_extend_the_built_in_list_so_a_copied_example_cannot_unredact_secrets()
    {
        var result = FlowTestConfigParser.Parse("privacy:\n  redact_keys: [api_key, ssn, IBAN]\n", "flowtest.yaml");

        var keys = result.Value.Privacy.RedactKeys;
        Assert.Contains("connectionstring", keys);
        Assert.Contains("ssn", keys);
        Assert.Contains("IBAN", keys);
        Assert.Single(keys, key => key == "api_key");
    }

    [Fact]
    public void Redact_defaults_false_leaves_only_the_listed_keys()
    {
        var result = FlowTestConfigParser.Parse("privacy:\n  redact_defaults: false\n  redact_keys: [password]\n", "flowtest.yaml");

        Assert.Equal(new[] { "password" }, result.Value.Privacy.RedactKeys);
    }

    [Fact]
    public void A_sinks_list_enables_exactly_the_sinks_it_names()
    {
        var result = FlowTestConfigParser.Parse("sinks:\n  - console\n", "flowtest.yaml");

        Assert.Empty(result.Diagnostics);
        Assert.True(result.Value.Sinks.Console);
        Assert.False(result.Value.Sinks.Jsonl);
    }

    [Theory]
    [InlineData("sinks:\n  - type: jsonl\n    path: traces/all.jsonl\n", "sinks[0].path", 3, 11)]
    [InlineData("artifacts:\n  per_run_dirs: false\n", "artifacts.per_run_dirs", 2, 17)]
    public void Seed_options_flowtest_does_not_support_are_warnings_that_name_the_key(string yaml, string key, int line, int column)
    {
        var result = FlowTestConfigParser.Parse(yaml, "flowtest.yaml");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(ConfigDiagnosticCodes.NotSupported, diagnostic.Code);
        Assert.Equal(ConfigDiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal(key, diagnostic.Key);
        Assert.Equal((line, column), (diagnostic.Line, diagnostic.Column));
        Assert.Contains("runs/<run_id>/", diagnostic.Message);
    }

    [Fact]
    public void The_sqlite_sink_is_a_warning_and_the_other_sinks_still_apply()
    {
        var result = FlowTestConfigParser.Parse("sinks:\n  - type: jsonl\n  - type: sqlite\n    path: x.db\n", "flowtest.yaml");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(ConfigDiagnosticCodes.NotSupported, diagnostic.Code);
        Assert.Equal(ConfigDiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal("sinks[1].type", diagnostic.Key);
        Assert.Equal((3, 11), (diagnostic.Line, diagnostic.Column));
        Assert.True(result.Value.Sinks.Jsonl);
        Assert.False(result.Value.Sinks.Console);
    }

    [Fact]
    public void The_built_in_all_profile_can_be_selected_without_defining_it()
    {
        var result = FlowTestConfigParser.Parse("profile: all\n", "flowtest.yaml");

        Assert.Empty(result.Diagnostics);
        Assert.Equal("all", result.Value.Profile);
        Assert.Equal(new[] { "**" }, result.Value.ActiveProfile!.IncludeFlows);
    }

    [Fact]
    public void Max_trace_bytes_accepts_binary_units()
    {
        var result = FlowTestConfigParser.Parse("retention:\n  max_trace_bytes: 10MB\n", "flowtest.yaml");

        Assert.Empty(result.Diagnostics);
        Assert.Equal(10L * 1024 * 1024, result.Value.Retention.MaxTraceBytes);
    }

    [Fact]
    public void Enumerated_values_are_case_insensitive_and_severities_map_to_the_model()
    {
        var result = FlowTestConfigParser.Parse("artifacts:\n  ask_md: Never\nfilters:\n  min_severity: CRITICAL\n", "flowtest.yaml");

        Assert.Empty(result.Diagnostics);
        Assert.Equal(AskMdMode.Never, result.Value.Artifacts.AskMd);
        Assert.Equal(EventSeverity.Critical, result.Value.Filters.MinSeverity);
    }

    [Fact]
    public void A_single_glob_where_a_list_belongs_is_read_as_a_one_item_list()
    {
        var result = FlowTestConfigParser.Parse("filters:\n  exclude_flows: \"**/debug/**\"\n", "flowtest.yaml");

        Assert.Empty(result.Diagnostics);
        Assert.Equal(new[] { "**/debug/**" }, result.Value.Filters.ExcludeFlows);
    }

    [Fact]
    public void The_seed_example_parses_with_one_warning_for_its_single_trace_path()
    {
        // The ra.yaml of the seed README (flowscribe), with its comments, is valid flowtest.yaml.
        const string Seed = """
            version: 1
            enabled: true

            profile: critical
            profiles:
              critical:
                include_flows: ["data/**", "indicators/**", "orders/**"]
                exclude_flows: ["**/debug/**"]
                include_tags: []
                min_severity: info
              all:
                include_flows: ["**"]
                exclude_flows: []
                include_tags: []
                min_severity: debug

            sinks:
              - type: console
              - type: jsonl
                path: .autodev/trace.jsonl

            artifacts:
              summary_md: true
              ask_md: on_failure   # always | on_failure | never
              per_run_dirs: true
              trace_tail_events: 50

            privacy:
              redact_keys: ["api_key", "token", "password", "secret", "auth", "cookie"]
              payload_limit: 2048
              allow_raw_payloads: false

            filters:
              include_tags: []
              exclude_tags: []
              include_flows: []
              exclude_flows: []
              min_severity: info

            performance:
              latency_buckets_ms: [50, 200, 1000]
              sla_overrides:
                "orders/submit": { p95_ms: 1000 }

            retention:
              rotate_trace: true
              max_trace_bytes: 10485760  # 10 MB
              keep_runs: 20
            """;

        var result = FlowTestConfigParser.Parse(Seed, "ra.yaml");

        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal((ConfigDiagnosticCodes.NotSupported, "sinks[1].path"), (warning.Code, warning.Key));
        Assert.Equal("critical", result.Value.Profile);
        Assert.Empty(result.Value.Profiles["all"].IncludeTags);
        Assert.Equal(EventSeverity.Info, result.Value.Filters.MinSeverity);
        Assert.Equal(PrivacyConfig.DefaultRedactKeys.Count, result.Value.Privacy.RedactKeys.Count);
        Assert.True(result.Value.Privacy.RedactKeys.SequenceEqual(PrivacyConfig.DefaultRedactKeys));
    }
}
