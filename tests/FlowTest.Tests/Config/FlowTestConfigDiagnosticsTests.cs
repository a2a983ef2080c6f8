using System.Linq;
using FlowTest.Config;
using FlowTest.Model;

namespace FlowTest.Tests.Config;

public sealed class FlowTestConfigDiagnosticsTests
{
    private const string File = "repo/.flowtest/flowtest.yaml";

    private static ConfigParseResult<FlowTestConfig> Parse(string yaml) => FlowTestConfigParser.Parse(yaml, File);

    [Fact]
    public void An_unknown_top_level_key_is_a_warning_with_position_and_suggestion()
    {
        var result = Parse("version: 1\nprivcy:\n  hash: true\n");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(ConfigDiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal(ConfigDiagnosticCodes.UnknownKey, diagnostic.Code);
        Assert.Equal(File, diagnostic.File);
        Assert.Equal((2, 1), (diagnostic.Line, diagnostic.Column));
        Assert.Equal("privcy", diagnostic.Key);
        Assert.Equal("repo/.flowtest/flowtest.yaml(2,1): warning FT1001: unknown key 'privcy' (did you mean 'privacy'?)", diagnostic.ToString());
        Assert.False(result.Value.Privacy.Hash);
    }

    [Fact]
    public void An_unknown_nested_key_is_named_by_its_dotted_path()
    {
        var result = Parse("privacy:\n  payload_limt: 10\n  hash: true\n");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("privacy.payload_limt", diagnostic.Key);
        Assert.Equal((2, 3), (diagnostic.Line, diagnostic.Column));
        Assert.Contains("did you mean 'payload_limit'?", diagnostic.Message);
        Assert.True(result.Value.Privacy.Hash);
    }

    [Fact]
    public void An_unknown_key_without_a_close_match_lists_the_known_keys()
    {
        var result = Parse("retention:\n  colour: blue\n");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.DoesNotContain("did you mean", diagnostic.Message);
        Assert.Contains("rotate_trace, max_trace_bytes, keep_runs", diagnostic.Message);
    }

    [Fact]
    public void An_unknown_key_inside_a_profile_is_reported_with_the_profile_in_its_path()
    {
        var result = Parse("profiles:\n  critical:\n    include_flow: [\"data/**\"]\n");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("profiles.critical.include_flow", diagnostic.Key);
        Assert.Equal((3, 5), (diagnostic.Line, diagnostic.Column));
        Assert.Contains("'include_flows'", diagnostic.Message);
    }

    [Theory]
    [InlineData("privacy:\n  payload_limit: lots\n", "privacy.payload_limit", 2, 18, ConfigDiagnosticCodes.WrongType)]
    [InlineData("privacy:\n  payload_limit: 10\n", "privacy.payload_limit", 2, 18, ConfigDiagnosticCodes.InvalidValue)]
    [InlineData("privacy:\n  payload_limit: [1, 2]\n", "privacy.payload_limit", 2, 18, ConfigDiagnosticCodes.WrongType)]
    [InlineData("enabled: maybe\n", "enabled", 1, 10, ConfigDiagnosticCodes.WrongType)]
    [InlineData("artifacts:\n  ask_md: sometimes\n", "artifacts.ask_md", 2, 11, ConfigDiagnosticCodes.InvalidValue)]
    [InlineData("artifacts:\n  trace_tail_events: -1\n", "artifacts.trace_tail_events", 2, 22, ConfigDiagnosticCodes.InvalidValue)]
    [InlineData("filters:\n  min_severity: loud\n", "filters.min_severity", 2, 17, ConfigDiagnosticCodes.InvalidValue)]
    [InlineData("filters:\n  include_flows: {a: b}\n", "filters.include_flows", 2, 18, ConfigDiagnosticCodes.WrongType)]
    [InlineData("filters:\n  include_tags: [a, [b]]\n", "filters.include_tags[1]", 2, 21, ConfigDiagnosticCodes.WrongType)]
    [InlineData("performance:\n  latency_buckets_ms: [50, -1]\n", "performance.latency_buckets_ms[1]", 2, 28, ConfigDiagnosticCodes.InvalidValue)]
    [InlineData("performance:\n  sla_overrides:\n    orders/submit: 1000\n", "performance.sla_overrides.orders/submit", 3, 20, ConfigDiagnosticCodes.WrongType)]
    [InlineData("performance:\n  sla_overrides:\n    orders/submit: {p95_ms: fast}\n", "performance.sla_overrides.orders/submit.p95_ms", 3, 29, ConfigDiagnosticCodes.WrongType)]
    [InlineData("retention:\n  max_trace_bytes: 10 parsecs\n", "retention.max_trace_bytes", 2, 20, ConfigDiagnosticCodes.WrongType)]
    [InlineData("retention:\n  keep_runs: 0\n", "retention.keep_runs", 2, 14, ConfigDiagnosticCodes.InvalidValue)]
    [InlineData("privacy: strict\n", "privacy", 1, 10, ConfigDiagnosticCodes.WrongType)]
    [InlineData("sinks:\n  - type: kafka\n", "sinks[0].type", 2, 11, ConfigDiagnosticCodes.InvalidValue)]
    [InlineData("sinks:\n  - path: x.jsonl\n", "sinks[0].type", 2, 5, ConfigDiagnosticCodes.MissingKey)]
    [InlineData("sinks: console\n", "sinks", 1, 8, ConfigDiagnosticCodes.WrongType)]
    public void A_bad_value_is_an_error_at_the_value_naming_its_key(string yaml, string key, int line, int column, string code)
    {
        var result = Parse(yaml);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(ConfigDiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(code, diagnostic.Code);
        Assert.Equal(key, diagnostic.Key);
        Assert.Equal((line, column), (diagnostic.Line, diagnostic.Column));
        Assert.Equal(File, diagnostic.File);
    }

    [Fact]
    public void A_bad_value_falls_back_to_its_default_while_its_neighbours_still_apply()
    {
        var result = Parse("privacy:\n  payload_limit: lots\n  string_limit: 100\n  hash: true\nretention:\n  keep_runs: 5\n");

        Assert.Single(result.Diagnostics);
        Assert.Equal(2048, result.Value.Privacy.PayloadLimit);
        Assert.Equal(100, result.Value.Privacy.StringLimit);
        Assert.True(result.Value.Privacy.Hash);
        Assert.Equal(5, result.Value.Retention.KeepRuns);
    }

    [Fact]
    public void The_message_of_a_bad_value_says_what_was_expected_and_what_is_used_instead()
    {
        var diagnostic = Assert.Single(Parse("privacy:\n  payload_limit: lots\n").Diagnostics);

        Assert.Equal("'privacy.payload_limit' must be a whole number, got 'lots'; using the default (2048)", diagnostic.Message);
    }

    [Fact]
    public void A_misspelt_choice_gets_a_suggestion()
    {
        var diagnostic = Assert.Single(Parse("filters:\n  min_severity: warning\n").Diagnostics);

        Assert.Contains("did you mean 'warn'?", diagnostic.Message);
        Assert.Contains("debug, info, warn, error, critical", diagnostic.Message);
    }

    [Fact]
    public void One_bad_list_item_keeps_the_whole_list_at_its_default()
    {
        var result = Parse("performance:\n  latency_buckets_ms: [10, abc, 30]\n");

        Assert.Equal(new[] { 50d, 200d, 1000d }, result.Value.Performance.LatencyBucketsMs);
    }

    [Fact]
    public void An_unknown_sink_type_keeps_the_default_sinks()
    {
        var result = Parse("sinks:\n  - type: consol\n");

        Assert.Contains("did you mean 'console'?", Assert.Single(result.Diagnostics).Message);
        Assert.Equal(new SinksConfig(), result.Value.Sinks);
    }

    [Fact]
    public void Naming_an_undefined_profile_is_an_error_and_records_every_flow()
    {
        var result = Parse("profile: critcal\nprofiles:\n  critical:\n    include_flows: [\"orders/**\"]\n");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(ConfigDiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(ConfigDiagnosticCodes.UnknownProfile, diagnostic.Code);
        Assert.Equal("profile", diagnostic.Key);
        Assert.Equal((1, 10), (diagnostic.Line, diagnostic.Column));
        Assert.Contains("did you mean 'critical'?", diagnostic.Message);
        Assert.Null(result.Value.Profile);
        Assert.True(result.Value.Profiles.ContainsKey("critical"));
    }

    [Theory]
    [InlineData("privacy:\n  hash: [true\n", 3, 1)]
    [InlineData("enabled: true\n  bad indent: 1\n", 2, 13)]
    [InlineData("profile: \"unterminated\n", 1, 10)]
    public void Malformed_yaml_is_one_error_and_every_setting_keeps_its_default(string yaml, int line, int column)
    {
        var result = Parse(yaml);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(ConfigDiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(ConfigDiagnosticCodes.MalformedYaml, diagnostic.Code);
        Assert.Equal((line, column), (diagnostic.Line, diagnostic.Column));
        Assert.Same(FlowTestConfig.Default, result.Value);
    }

    [Fact]
    public void A_duplicate_key_is_its_own_error()
    {
        var result = Parse("enabled: true\nenabled: false\n");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(ConfigDiagnosticCodes.DuplicateKey, diagnostic.Code);
        Assert.Equal("enabled", diagnostic.Key);
        Assert.Equal(2, diagnostic.Line);
        Assert.True(result.Value.Enabled);
    }

    [Theory]
    [InlineData("- a\n- b\n")]
    [InlineData("just text\n")]
    public void A_document_that_is_not_a_mapping_is_a_wrong_type_error(string yaml)
    {
        var result = Parse(yaml);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(ConfigDiagnosticCodes.WrongType, diagnostic.Code);
        Assert.StartsWith("the file must be a mapping", diagnostic.Message);
    }

    [Fact]
    public void Extra_yaml_documents_are_reported_and_the_first_one_is_used()
    {
        var result = Parse("enabled: false\n---\nenabled: true\n");

        Assert.Equal(ConfigDiagnosticCodes.ExtraDocuments, Assert.Single(result.Diagnostics).Code);
        Assert.False(result.Value.Enabled);
    }

    [Fact]
    public void A_newer_version_is_a_warning_and_the_file_is_still_read()
    {
        var result = Parse("version: 2\nenabled: false\n");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(ConfigDiagnosticCodes.UnsupportedVersion, diagnostic.Code);
        Assert.Equal(ConfigDiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.False(result.Value.Enabled);
    }

    [Fact]
    public void Diagnostics_come_in_file_order()
    {
        var result = Parse("retention:\n  keep_runs: x\nprivcy: {}\nenabled: maybe\n");

        Assert.Equal(new[] { 2, 3, 4 }, result.Diagnostics.Select(d => d.Line));
    }

    [Fact]
    public void Empty_values_mean_the_default_without_a_diagnostic()
    {
        var result = Parse("profile:\nfilters:\n  include_tags:\n  min_severity: ~\n");

        Assert.Empty(result.Diagnostics);
        Assert.Null(result.Value.Profile);
        Assert.Equal(EventSeverity.Debug, result.Value.Filters.MinSeverity);
    }

    [Fact]
    public void Quoted_null_is_text_not_an_empty_value()
    {
        var result = Parse("profile: 'null'\n");

        Assert.Equal(ConfigDiagnosticCodes.UnknownProfile, Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Aliases_work_and_merge_keys_are_reported_as_unknown()
    {
        var result = Parse("profiles:\n  a: &base\n    min_severity: warn\n  b: *base\n  c:\n    <<: *base\n");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(ConfigDiagnosticCodes.UnknownKey, diagnostic.Code);
        Assert.Equal("profiles.c.<<", diagnostic.Key);
        Assert.Equal(EventSeverity.Warn, result.Value.Profiles["b"].MinSeverity);
    }

    [Theory]
    [InlineData("? [a, b]\n: c\n")]
    [InlineData("\t\tenabled: true\n")]
    [InlineData("%YAML 9.9\n---\nenabled: true\n")]
    [InlineData("profiles: [a, b]\nsinks: {a: b}\nperformance: {sla_overrides: [1]}\n")]
    [InlineData("[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\n")]
    [InlineData("enabled: !!binary aGVsbG8=\nversion: 99999999999999999999\n")]
    public void Odd_input_never_throws(string yaml)
    {
        var result = Parse(yaml);

        Assert.NotNull(result.Value);
        Assert.All(result.Diagnostics, diagnostic => Assert.Equal(File, diagnostic.File));
    }
}
