using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using FlowTest.Config;

namespace FlowTest.Tests.Config;

/// <summary>Keeps docs/configuration.md and docs/flowtest.schema.json in step with the parsers.</summary>
public sealed class ConfigurationDocsTests
{
    private static readonly string RepositoryRoot = FindRepositoryRoot();

    private static string Docs => File.ReadAllText(Path.Combine(RepositoryRoot, "docs", "configuration.md"));

    [Fact]
    public void The_annotated_flowtest_yaml_parses_cleanly_and_shows_every_key()
    {
        var yaml = YamlBlockStartingWith("# .flowtest/flowtest.yaml");

        var result = FlowTestConfigParser.Parse(yaml, "configuration.md");

        Assert.Empty(result.Diagnostics);
        var everyKey = new[] { ConfigKeys.Root, ConfigKeys.Profile, ConfigKeys.Sink, ConfigKeys.Artifacts, ConfigKeys.Privacy, ConfigKeys.Filters, ConfigKeys.Performance, ConfigKeys.Sla, ConfigKeys.Retention };
        var missing = everyKey.SelectMany(keys => keys).Where(key => key != "$schema" && key != "path" && !yaml.Contains(key + ":")).ToArray();
        Assert.Empty(missing);
    }

    [Fact]
    public void The_annotated_flows_yaml_parses_cleanly_and_shows_every_key()
    {
        var yaml = YamlBlockStartingWith("# .flowtest/flows.yaml");

        var result = FlowCatalogParser.Parse(yaml, "configuration.md");

        Assert.Empty(result.Diagnostics);
        var everyKey = new[] { CatalogKeys.Root, CatalogKeys.Defaults, CatalogKeys.Flow, CatalogKeys.Success, ConfigKeys.Sla };
        var missing = everyKey.SelectMany(keys => keys).Where(key => key != "$schema" && !yaml.Contains(key + ":")).ToArray();
        Assert.Empty(missing);
    }

    [Fact]
    public void The_codes_table_lists_exactly_the_codes_in_use()
    {
        var inCode = typeof(ConfigDiagnosticCodes)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(field => (string)field.GetRawConstantValue()!)
            .OrderBy(code => code, StringComparer.Ordinal);
        var inDocs = Regex.Matches(Docs, @"^\| (FT\d{4}) \|", RegexOptions.Multiline)
            .Select(match => match.Groups[1].Value)
            .OrderBy(code => code, StringComparer.Ordinal);

        Assert.Equal(inCode, inDocs);
    }

    [Fact]
    public void The_schema_knows_exactly_the_keys_the_parser_knows()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot, "docs", "flowtest.schema.json")));
        var root = schema.RootElement;
        var definitions = root.GetProperty("definitions");

        AssertSameKeys(ConfigKeys.Root, root);
        AssertSameKeys(ConfigKeys.Profile, definitions.GetProperty("profile"));
        AssertSameKeys(ConfigKeys.Sla, definitions.GetProperty("sla"));
        AssertSameKeys(ConfigKeys.Artifacts, Section(root, "artifacts"));
        AssertSameKeys(ConfigKeys.Privacy, Section(root, "privacy"));
        AssertSameKeys(ConfigKeys.Filters, Section(root, "filters"));
        AssertSameKeys(ConfigKeys.Performance, Section(root, "performance"));
        AssertSameKeys(ConfigKeys.Retention, Section(root, "retention"));
        var sinkObject = Section(root, "sinks").GetProperty("items").GetProperty("anyOf")[1];
        AssertSameKeys(ConfigKeys.Sink, sinkObject);

        Assert.Equal(ConfigChoices.Severities.Select(choice => choice.Key), Enum(definitions.GetProperty("severity")));
        Assert.Equal(ConfigChoices.AskMd.Select(choice => choice.Key), Enum(Section(Section(root, "artifacts"), "ask_md")));
        Assert.Equal(ConfigChoices.SinkTypes, Enum(definitions.GetProperty("sinkType")));
    }

    private static JsonElement Section(JsonElement schema, string key) => schema.GetProperty("properties").GetProperty(key);

    private static string[] Enum(JsonElement schema) => schema.GetProperty("enum").EnumerateArray().Select(item => item.GetString()!).ToArray();

    private static void AssertSameKeys(System.Collections.Generic.IReadOnlyList<string> expected, JsonElement schema)
    {
        var actual = schema.GetProperty("properties").EnumerateObject().Select(property => property.Name);
        Assert.Equal(expected.OrderBy(key => key, StringComparer.Ordinal), actual.OrderBy(key => key, StringComparer.Ordinal));
    }

    private static string YamlBlockStartingWith(string firstLine)
    {
        var blocks = Regex.Matches(Docs, "```yaml\n(.*?)```", RegexOptions.Singleline).Select(match => match.Groups[1].Value);
        return Assert.Single(blocks, block => block.StartsWith(firstLine, StringComparison.Ordinal));
    }

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "FlowTest.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("FlowTest.sln not found above " + AppContext.BaseDirectory);
    }
}
