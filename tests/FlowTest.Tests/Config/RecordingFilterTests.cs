using System.Collections.Generic;
using FlowTest.Config;
using FlowTest.Model;

namespace FlowTest.Tests.Config;

public sealed class RecordingFilterTests
{
    private static RecordingFilter Filter(string configYaml, string catalogYaml = "")
    {
        var config = FlowTestConfigParser.Parse(configYaml, "flowtest.yaml");
        var catalog = FlowCatalogParser.Parse(catalogYaml, "flows.yaml");
        Assert.Empty(config.Diagnostics);
        Assert.Empty(catalog.Diagnostics);
        return new RecordingFilter(config.Value, catalog.Value);
    }

    private static Dictionary<string, string> Tags(params (string Key, string Value)[] tags)
    {
        var result = new Dictionary<string, string>();
        foreach (var (key, value) in tags)
        {
            result[key] = value;
        }

        return result;
    }

    [Fact]
    public void Without_a_profile_every_flow_is_recorded()
    {
        var filter = Filter("");

        Assert.True(filter.ShouldRecordFlow("anything/at/all"));
        Assert.True(filter.ShouldRecordTags(null));
        Assert.True(filter.ShouldRecordSeverity(EventSeverity.Debug));
    }

    [Theory]
    [InlineData("data/fetch", true)]
    [InlineData("orders/submit", true)]
    [InlineData("orders/debug/dump", false)]
    [InlineData("ui/render", false)]
    [InlineData("extra/one", true)]
    [InlineData("orders/cancel", false)]
    public void The_active_profile_and_the_filters_decide_which_flows_are_recorded(string flowName, bool expected)
    {
        var filter = Filter("""
            profile: critical
            profiles:
              critical:
                include_flows: ["data/**", "orders/**"]
                exclude_flows: ["**/debug/**"]
            filters:
              include_flows: ["extra/**"]
              exclude_flows: ["orders/cancel"]
            """);

        Assert.Equal(expected, filter.ShouldRecordFlow(flowName));
        Assert.Equal(expected, filter.ShouldRecordFlow(flowName));
    }

    [Fact]
    public void Without_a_profile_filter_includes_restrict_the_flows()
    {
        var filter = Filter("filters:\n  include_flows: [\"orders/**\"]\n");

        Assert.True(filter.ShouldRecordFlow("orders/submit"));
        Assert.False(filter.ShouldRecordFlow("data/fetch"));
    }

    [Fact]
    public void A_flow_disabled_in_the_catalog_is_not_recorded()
    {
        var filter = Filter("", "flows:\n  - id: orders/submit\n    enabled: false\n  - id: orders/ack\n");

        Assert.False(filter.ShouldRecordFlow("orders/submit"));
        Assert.True(filter.ShouldRecordFlow("orders/ack"));
        Assert.True(filter.ShouldRecordFlow("not/in/catalog"));
    }

    [Fact]
    public void Enabled_false_records_nothing()
    {
        var filter = Filter("enabled: false\n");

        Assert.False(filter.IsEnabled);
        Assert.False(filter.ShouldRecordFlow("orders/submit"));
        Assert.False(filter.ShouldRecordTags(null));
        Assert.False(filter.ShouldRecordSeverity(EventSeverity.Critical));
    }

    [Fact]
    public void Decisions_stay_correct_beyond_the_cache_bound()
    {
        var filter = Filter("filters:\n  exclude_flows: [\"gen/*/skip\"]\n");

        for (var i = 0; i < 5000; i++)
        {
            Assert.True(filter.ShouldRecordFlow("gen/" + i + "/keep"));
        }

        Assert.False(filter.ShouldRecordFlow("gen/4999/skip"));
        Assert.False(filter.ShouldRecordFlow("gen/4999/skip"));
    }

    [Theory]
    [InlineData("AAPL", true)]
    [InlineData("aapl", true)]
    [InlineData("ticker", true)]
    [InlineData("ticker=AAPL", true)]
    [InlineData("TICKER=aapl", true)]
    [InlineData("ticker=MSFT", false)]
    [InlineData("MSFT", false)]
    [InlineData("ticker=", false)]
    public void An_include_tag_matches_a_key_a_value_or_key_equals_value(string entry, bool expected)
    {
        var filter = Filter("filters:\n  include_tags: [\"" + entry + "\"]\n");

        Assert.Equal(expected, filter.ShouldRecordTags(Tags(("ticker", "AAPL"), ("mode", "sim"))));
    }

    [Fact]
    public void Include_tags_reject_events_without_tags_and_accept_without_an_include_list()
    {
        Assert.False(Filter("filters:\n  include_tags: [AAPL]\n").ShouldRecordTags(null));
        Assert.False(Filter("filters:\n  include_tags: [AAPL]\n").ShouldRecordTags(Tags()));
        Assert.True(Filter("").ShouldRecordTags(Tags(("ticker", "MSFT"))));
    }

    [Fact]
    public void Profile_include_tags_and_filter_include_tags_both_count()
    {
        var filter = Filter("profile: p\nprofiles:\n  p:\n    include_tags: [phase5]\nfilters:\n  include_tags: [AAPL]\n");

        Assert.True(filter.ShouldRecordTags(Tags(("phase", "phase5"))));
        Assert.True(filter.ShouldRecordTags(Tags(("ticker", "AAPL"))));
        Assert.False(filter.ShouldRecordTags(Tags(("ticker", "MSFT"))));
    }

    [Fact]
    public void An_exclude_tag_wins_over_an_include_tag()
    {
        var filter = Filter("filters:\n  include_tags: [AAPL]\n  exclude_tags: [mode=sim]\n");

        Assert.False(filter.ShouldRecordTags(Tags(("ticker", "AAPL"), ("mode", "sim"))));
        Assert.True(filter.ShouldRecordTags(Tags(("ticker", "AAPL"), ("mode", "live"))));
    }

    [Theory]
    [InlineData("info", "warn", (int)EventSeverity.Warn)]
    [InlineData("error", "debug", (int)EventSeverity.Error)]
    [InlineData("debug", "debug", (int)EventSeverity.Debug)]
    public void The_stricter_of_profile_and_filter_min_severity_applies(string profileMinimum, string filterMinimum, int expectedSeverity)
    {
        var expected = (EventSeverity)expectedSeverity;
        var filter = Filter("profile: p\nprofiles:\n  p:\n    min_severity: " + profileMinimum + "\nfilters:\n  min_severity: " + filterMinimum + "\n");

        Assert.Equal(expected, filter.MinSeverity);
        Assert.True(filter.ShouldRecordSeverity(expected));
        Assert.True(filter.ShouldRecordSeverity(EventSeverity.Critical));
        Assert.Equal(expected == EventSeverity.Debug, filter.ShouldRecordSeverity(EventSeverity.Debug));
    }

    [Fact]
    public void The_minimum_severity_of_an_inactive_profile_does_not_apply()
    {
        var filter = Filter("profiles:\n  p:\n    min_severity: critical\n");

        Assert.Equal(EventSeverity.Debug, filter.MinSeverity);
    }
}
