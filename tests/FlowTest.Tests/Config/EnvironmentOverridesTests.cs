using System.Collections.Generic;
using FlowTest.Config;

namespace FlowTest.Tests.Config;

public sealed class EnvironmentOverridesTests
{
    private static (FlowTestConfig Config, List<ConfigDiagnostic> Diagnostics) Apply(FlowTestConfig config, params (string Name, string Value)[] variables)
    {
        var environment = new Dictionary<string, string>();
        foreach (var (name, value) in variables)
        {
            environment[name] = value;
        }

        var diagnostics = new List<ConfigDiagnostic>();
        var result = EnvironmentOverrides.Apply(config, name => environment.TryGetValue(name, out var value) ? value : null, diagnostics);
        return (result, diagnostics);
    }

    [Theory]
    [InlineData("0", false)]
    [InlineData("1", true)]
    [InlineData("false", false)]
    [InlineData("TRUE", true)]
    [InlineData(" 0 ", false)]
    public void Flowtest_enabled_switches_recording(string value, bool expected)
    {
        var start = FlowTestConfig.Default with { Enabled = !expected };

        var (config, diagnostics) = Apply(start, ("FLOWTEST_ENABLED", value));

        Assert.Empty(diagnostics);
        Assert.Equal(expected, config.Enabled);
    }

    [Fact]
    public void Without_variables_the_configuration_is_unchanged()
    {
        var (config, diagnostics) = Apply(FlowTestConfig.Default);

        Assert.Empty(diagnostics);
        Assert.Same(FlowTestConfig.Default, config);
    }

    [Fact]
    public void Empty_variables_change_nothing()
    {
        var (config, diagnostics) = Apply(FlowTestConfig.Default, ("FLOWTEST_ENABLED", ""), ("FLOWTEST_TRACE_TAIL", " "));

        Assert.Empty(diagnostics);
        Assert.Same(FlowTestConfig.Default, config);
    }

    [Fact]
    public void Flowtest_profile_selects_a_defined_profile()
    {
        var parsed = FlowTestConfigParser.Parse("profile: all\nprofiles:\n  critical: {}\n", "flowtest.yaml").Value;

        var (config, diagnostics) = Apply(parsed, ("FLOWTEST_PROFILE", "critical"));

        Assert.Empty(diagnostics);
        Assert.Equal("critical", config.Profile);
    }

    [Fact]
    public void Include_exclude_and_tags_are_added_to_the_filters()
    {
        var parsed = FlowTestConfigParser.Parse("filters:\n  include_flows: [a/**]\n  include_tags: [x]\n", "flowtest.yaml").Value;

        var (config, diagnostics) = Apply(
            parsed,
            ("FLOWTEST_INCLUDE", "data/**, orders/**,"),
            ("FLOWTEST_EXCLUDE", "**/debug/**"),
            ("FLOWTEST_TAGS", "AAPL,phase5"));

        Assert.Empty(diagnostics);
        Assert.Equal(new[] { "a/**", "data/**", "orders/**" }, config.Filters.IncludeFlows);
        Assert.Equal(new[] { "**/debug/**" }, config.Filters.ExcludeFlows);
        Assert.Equal(new[] { "x", "AAPL", "phase5" }, config.Filters.IncludeTags);
    }

    [Fact]
    public void Flowtest_trace_tail_sets_the_number_of_quoted_events()
    {
        var (config, diagnostics) = Apply(FlowTestConfig.Default, ("FLOWTEST_TRACE_TAIL", "120"));

        Assert.Empty(diagnostics);
        Assert.Equal(120, config.Artifacts.TraceTailEvents);
    }

    [Theory]
    [InlineData("FLOWTEST_ENABLED", "maybe")]
    [InlineData("FLOWTEST_TRACE_TAIL", "lots")]
    [InlineData("FLOWTEST_TRACE_TAIL", "-3")]
    [InlineData("FLOWTEST_PROFILE", "nightly")]
    public void A_bad_value_is_a_warning_naming_the_variable_and_is_ignored(string variable, string value)
    {
        var (config, diagnostics) = Apply(FlowTestConfig.Default, (variable, value));

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(ConfigDiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal(ConfigDiagnosticCodes.BadEnvironmentValue, diagnostic.Code);
        Assert.Equal(variable, diagnostic.Key);
        Assert.Equal(ConfigDiagnostic.EnvironmentOrigin, diagnostic.File);
        Assert.StartsWith(variable + "='" + value + "'", diagnostic.Message);
        Assert.StartsWith("environment: warning FT1201: " + variable, diagnostic.ToString());
        Assert.Equal(FlowTestConfig.Default.Enabled, config.Enabled);
        Assert.Equal(FlowTestConfig.Default.Profile, config.Profile);
        Assert.Equal(FlowTestConfig.Default.Artifacts, config.Artifacts);
    }

    [Fact]
    public void An_unknown_profile_suggests_a_defined_one_and_keeps_the_file_profile()
    {
        var parsed = FlowTestConfigParser.Parse("profile: critical\nprofiles:\n  critical: {}\n", "flowtest.yaml").Value;

        var (config, diagnostics) = Apply(parsed, ("FLOWTEST_PROFILE", "criticl"));

        Assert.Contains("did you mean 'critical'?", Assert.Single(diagnostics).Message);
        Assert.Equal("critical", config.Profile);
    }

    [Fact]
    public void A_variable_that_cannot_be_read_counts_as_unset()
    {
        var diagnostics = new List<ConfigDiagnostic>();

        var config = EnvironmentOverrides.Apply(FlowTestConfig.Default, _ => throw new System.Security.SecurityException("sandbox"), diagnostics);

        Assert.Empty(diagnostics);
        Assert.Same(FlowTestConfig.Default, config);
    }
}
