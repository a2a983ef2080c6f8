using System.Linq;
using FlowTest.Config;

namespace FlowTest.Tests.Config;

public sealed class FlowCatalogParserTests
{
    private const string File = ".flowtest/flows.yaml";

    private static ConfigParseResult<FlowCatalog> Parse(string yaml) => FlowCatalogParser.Parse(yaml, File);

    [Fact]
    public void Reads_every_key_of_a_flow_and_merges_the_defaults()
    {
        const string Yaml = """
            version: 1
            defaults:
              tags: ["phase5"]
              correlation_keys: ["ticker", "date"]
              on_failure: generate_prompt

            flows:
              - id: "premarket/prepare"
                enabled: true
                description: "Validate market day."
                success:
                  criteria:
                    - "market_day = true"
                failure_classes: ["BUSINESS.MARKET_CLOSED", "SYSTEM.CONFIG_MISSING"]
                code_refs:
                  - "src/lifecycle/premarket_context.py"
                tags: ["mode", "phase5"]

              - id: "data/fetch/minute_candles"
                enabled: false
                parent: "premarket/prepare"
                failure_classes: ["DATA.EMPTY", "EXTERNAL.4xx"]
                correlation_keys: ["ticker", "source"]
                sla:
                  p95_ms: 800
                on_failure: none
            """;

        var result = Parse(Yaml);

        Assert.Empty(result.Diagnostics);
        var catalog = result.Value;
        Assert.Equal(new[] { "premarket/prepare", "data/fetch/minute_candles" }, catalog.Declared.Select(flow => flow.Id));

        var prepare = catalog.Find("premarket/prepare")!;
        Assert.True(prepare.Enabled);
        Assert.Equal("Validate market day.", prepare.Description);
        Assert.Null(prepare.Parent);
        Assert.Equal(new[] { "market_day = true" }, prepare.SuccessCriteria);
        Assert.Equal(new[] { "BUSINESS.MARKET_CLOSED", "SYSTEM.CONFIG_MISSING" }, prepare.FailureClasses);
        Assert.Equal(new[] { "src/lifecycle/premarket_context.py" }, prepare.CodeRefs);
        Assert.Equal(new[] { "phase5", "mode" }, prepare.Tags);
        Assert.Equal(new[] { "ticker", "date" }, prepare.CorrelationKeys);
        Assert.Equal("generate_prompt", prepare.OnFailure);
        Assert.Null(prepare.SlaP95Ms);

        var fetch = catalog.Find("data/fetch/minute_candles")!;
        Assert.False(fetch.Enabled);
        Assert.Equal("premarket/prepare", fetch.Parent);
        Assert.Equal(new[] { "ticker", "date", "source" }, fetch.CorrelationKeys);
        Assert.Equal(new[] { "phase5" }, fetch.Tags);
        Assert.Equal(800d, fetch.SlaP95Ms);
        Assert.Equal("none", fetch.OnFailure);
    }

    [Fact]
    public void An_empty_file_is_an_empty_catalog()
    {
        var result = Parse("");

        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.Value.Flows);
    }

    [Fact]
    public void A_duplicate_id_is_an_error_and_the_first_declaration_wins()
    {
        var result = Parse("flows:\n  - id: a\n    description: first\n  - id: a\n    description: second\n");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(ConfigDiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(ConfigDiagnosticCodes.DuplicateFlowId, diagnostic.Code);
        Assert.Equal("flows[1].id", diagnostic.Key);
        Assert.Equal((4, 9), (diagnostic.Line, diagnostic.Column));
        Assert.Contains("line 2", diagnostic.Message);
        Assert.Equal("first", result.Value.Find("a")!.Description);
        Assert.Single(result.Value.Declared);
    }

    [Fact]
    public void A_flow_without_an_id_is_an_error_and_is_left_out()
    {
        var result = Parse("flows:\n  - description: nameless\n  - id: b\n");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(ConfigDiagnosticCodes.MissingKey, diagnostic.Code);
        Assert.Equal("flows[0].id", diagnostic.Key);
        Assert.Equal((2, 5), (diagnostic.Line, diagnostic.Column));
        Assert.Equal(new[] { "b" }, result.Value.Flows.Keys);
    }

    [Fact]
    public void A_parent_naming_an_unknown_flow_is_a_warning_and_is_kept()
    {
        var result = Parse("flows:\n  - id: orders/submit\n  - id: orders/ack\n    parent: orders/sumbit\n");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(ConfigDiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal(ConfigDiagnosticCodes.UnknownParent, diagnostic.Code);
        Assert.Equal("flows[1].parent", diagnostic.Key);
        Assert.Equal((4, 13), (diagnostic.Line, diagnostic.Column));
        Assert.Contains("did you mean 'orders/submit'?", diagnostic.Message);
        Assert.Equal("orders/sumbit", result.Value.Find("orders/ack")!.Parent);
    }

    [Fact]
    public void A_parent_declared_later_in_the_file_is_known()
    {
        var result = Parse("flows:\n  - id: child\n    parent: root\n  - id: root\n");

        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void A_parent_cycle_is_reported_once()
    {
        var result = Parse("flows:\n  - id: a\n    parent: b\n  - id: b\n    parent: a\n  - id: c\n    parent: a\n");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(ConfigDiagnosticCodes.ParentCycle, diagnostic.Code);
        Assert.Contains("a -> b -> a", diagnostic.Message);
    }

    [Theory]
    [InlineData("DATA")]
    [InlineData("DATA.EMPTY")]
    [InlineData("EXTERNAL.4xx")]
    [InlineData("BUSINESS.MARKET_CLOSED")]
    [InlineData("CONTRACT.schema.v2")]
    public void Well_formed_failure_classes_pass(string failureClass)
    {
        Assert.True(FailureClassFormat.IsValid(failureClass));
    }

    [Theory]
    [InlineData("data.EMPTY")]
    [InlineData("NETWORK.DOWN")]
    [InlineData("DATA.")]
    [InlineData("DATAEMPTY")]
    [InlineData("DATA..X")]
    [InlineData("DATA.A B")]
    public void Malformed_failure_classes_fail(string failureClass)
    {
        Assert.False(FailureClassFormat.IsValid(failureClass));
    }

    [Fact]
    public void A_malformed_failure_class_is_a_warning_at_the_item_and_is_kept()
    {
        var result = Parse("flows:\n  - id: a\n    failure_classes: [DATA.EMPTY, data.stale]\n");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(ConfigDiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal(ConfigDiagnosticCodes.BadFailureClass, diagnostic.Code);
        Assert.Equal("flows[0].failure_classes[1]", diagnostic.Key);
        Assert.Equal((3, 35), (diagnostic.Line, diagnostic.Column));
        Assert.Contains("did you mean 'DATA.STALE'?", diagnostic.Message);
        Assert.Equal(new[] { "DATA.EMPTY", "data.stale" }, result.Value.Find("a")!.FailureClasses);
    }

    [Fact]
    public void Unknown_keys_and_bad_values_in_a_flow_are_reported_and_the_flow_is_kept()
    {
        var result = Parse("flows:\n  - id: a\n    enabeld: false\n    sla: {p95_ms: -5}\n");

        Assert.Equal(
            new[] { (ConfigDiagnosticCodes.UnknownKey, "flows[0].enabeld"), (ConfigDiagnosticCodes.InvalidValue, "flows[0].sla.p95_ms") },
            result.Diagnostics.Select(d => (d.Code, d.Key)));
        Assert.True(result.Value.Find("a")!.Enabled);
        Assert.Null(result.Value.Find("a")!.SlaP95Ms);
    }

    [Fact]
    public void Malformed_yaml_gives_an_empty_catalog()
    {
        var result = Parse("flows:\n  - id: [a\n");

        Assert.Equal(ConfigDiagnosticCodes.MalformedYaml, Assert.Single(result.Diagnostics).Code);
        Assert.Empty(result.Value.Flows);
    }

    [Fact]
    public void Flows_that_are_not_a_list_are_a_wrong_type_error()
    {
        var result = Parse("flows:\n  a: {}\n");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(ConfigDiagnosticCodes.WrongType, diagnostic.Code);
        Assert.Equal("flows", diagnostic.Key);
    }
}
