using FlowTest.Config;

namespace FlowTest.Tests.Config;

public sealed class ConfigDiagnosticTests
{
    [Fact]
    public void Formats_like_a_compiler_message_with_a_position()
    {
        var diagnostic = new ConfigDiagnostic(ConfigDiagnosticSeverity.Error, "FT1002", "/repo/.flowtest/flowtest.yaml", 12, 3, "privacy.payload_limit", "bad");

        Assert.Equal("/repo/.flowtest/flowtest.yaml(12,3): error FT1002: bad", diagnostic.ToString());
    }

    [Fact]
    public void Formats_without_a_position_when_there_is_none()
    {
        var diagnostic = new ConfigDiagnostic(ConfigDiagnosticSeverity.Warning, "FT1010", "/repo/.flowtest/flowtest.yml", 0, 0, "", "rename it");

        Assert.Equal("/repo/.flowtest/flowtest.yml: warning FT1010: rename it", diagnostic.ToString());
    }

    [Theory]
    [InlineData("privcy", "privacy")]
    [InlineData("Privacy", "privacy")]
    [InlineData("include-flows", "include_flows")]
    [InlineData("exlcude_flows", "exclude_flows")]
    [InlineData("max_trace_byte", "max_trace_bytes")]
    [InlineData("colour", null)]
    [InlineData("x", null)]
    public void Suggests_the_closest_known_name(string actual, string? expected)
    {
        var known = new[] { "privacy", "include_flows", "exclude_flows", "max_trace_bytes", "profile", "filters" };

        Assert.Equal(expected, NameSuggester.Suggest(actual, known));
    }
}
