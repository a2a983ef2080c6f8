using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FlowTest.Config;

namespace FlowTest.Tests.Config;

public sealed class ConfigurationLoaderTests : IDisposable
{
    private static readonly Func<string, string?> NoEnvironment = _ => null;

    private readonly string _root = Path.Combine(Path.GetTempPath(), "flowtest-config-" + Guid.NewGuid().ToString("N"));

    public ConfigurationLoaderTests()
    {
        Directory.CreateDirectory(_root);
    }

    public void Dispose()
    {
        Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public void Without_files_everything_is_default()
    {
        var loaded = ConfigurationLoader.Load(_root, NoEnvironment);

        Assert.Empty(loaded.Diagnostics);
        Assert.Empty(loaded.FilesRead);
        Assert.Equal(FlowTestConfig.Default.Artifacts, loaded.Config.Artifacts);
        Assert.Empty(loaded.Catalog.Flows);
        Assert.True(loaded.Filter.ShouldRecordFlow("any/flow"));
    }

    [Fact]
    public void Reads_both_files_and_builds_the_filter_from_them()
    {
        File.WriteAllText(Path.Combine(_root, "flowtest.yaml"), "profile: p\nprofiles:\n  p:\n    include_flows: [\"orders/**\"]\n");
        File.WriteAllText(Path.Combine(_root, "flows.yaml"), "flows:\n  - id: orders/cancel\n    enabled: false\n");

        var loaded = ConfigurationLoader.Load(_root, NoEnvironment);

        Assert.Empty(loaded.Diagnostics);
        Assert.Equal(new[] { Path.Combine(_root, "flowtest.yaml"), Path.Combine(_root, "flows.yaml") }, loaded.FilesRead);
        Assert.Equal("p", loaded.Config.Profile);
        Assert.True(loaded.Filter.ShouldRecordFlow("orders/submit"));
        Assert.False(loaded.Filter.ShouldRecordFlow("orders/cancel"));
        Assert.False(loaded.Filter.ShouldRecordFlow("data/fetch"));
    }

    [Fact]
    public void Environment_variables_win_over_the_file()
    {
        File.WriteAllText(Path.Combine(_root, "flowtest.yaml"), "enabled: true\nartifacts:\n  trace_tail_events: 10\n");
        var environment = new Dictionary<string, string> { ["FLOWTEST_ENABLED"] = "0", ["FLOWTEST_TRACE_TAIL"] = "99" };

        var loaded = ConfigurationLoader.Load(_root, name => environment.TryGetValue(name, out var value) ? value : null);

        Assert.False(loaded.Config.Enabled);
        Assert.Equal(99, loaded.Config.Artifacts.TraceTailEvents);
        Assert.False(loaded.Filter.IsEnabled);
    }

    [Fact]
    public void Diagnostics_name_the_full_path_of_the_file()
    {
        File.WriteAllText(Path.Combine(_root, "flowtest.yaml"), "privcy: {}\n");
        File.WriteAllText(Path.Combine(_root, "flows.yaml"), "flows:\n  - description: no id\n");

        var loaded = ConfigurationLoader.Load(_root, NoEnvironment);

        Assert.Equal(2, loaded.Diagnostics.Count);
        Assert.StartsWith(Path.Combine(_root, "flowtest.yaml") + "(1,1): warning FT1001:", loaded.Diagnostics[0].ToString());
        Assert.StartsWith(Path.Combine(_root, "flows.yaml") + "(2,5): error FT1012:", loaded.Diagnostics[1].ToString());
        Assert.True(loaded.HasErrors);
    }

    [Fact]
    public void A_malformed_file_leaves_defaults_and_the_other_file_still_applies()
    {
        File.WriteAllText(Path.Combine(_root, "flowtest.yaml"), "enabled: [\n");
        File.WriteAllText(Path.Combine(_root, "flows.yaml"), "flows:\n  - id: a\n    enabled: false\n");

        var loaded = ConfigurationLoader.Load(_root, NoEnvironment);

        Assert.Equal(ConfigDiagnosticCodes.MalformedYaml, Assert.Single(loaded.Diagnostics).Code);
        Assert.True(loaded.Config.Enabled);
        Assert.False(loaded.Filter.ShouldRecordFlow("a"));
    }

    [Fact]
    public void A_yml_file_is_reported_instead_of_silently_ignored()
    {
        File.WriteAllText(Path.Combine(_root, "flowtest.yml"), "enabled: false\n");

        var loaded = ConfigurationLoader.Load(_root, NoEnvironment);

        var diagnostic = Assert.Single(loaded.Diagnostics);
        Assert.Equal(ConfigDiagnosticCodes.MisnamedFile, diagnostic.Code);
        Assert.Equal(Path.Combine(_root, "flowtest.yml"), diagnostic.File);
        Assert.True(loaded.Config.Enabled);
    }

    [Fact]
    public void A_path_that_cannot_be_read_is_an_error_and_not_an_exception()
    {
        // A NUL character makes every file API refuse the path, on every platform.
        var loaded = ConfigurationLoader.Load("bad\0root", NoEnvironment);

        Assert.Equal(
            new[] { ConfigDiagnosticCodes.UnreadableFile, ConfigDiagnosticCodes.UnreadableFile },
            loaded.Diagnostics.Select(diagnostic => diagnostic.Code));
        Assert.All(loaded.Diagnostics, diagnostic => Assert.Equal(ConfigDiagnosticSeverity.Error, diagnostic.Severity));
        Assert.Equal(FlowTestConfig.Default.Retention, loaded.Config.Retention);
        Assert.True(loaded.Filter.ShouldRecordFlow("any/flow"));
    }

    [Fact]
    public void A_root_that_does_not_exist_gives_defaults()
    {
        var loaded = ConfigurationLoader.Load(Path.Combine(_root, "missing"), NoEnvironment);

        Assert.Empty(loaded.Diagnostics);
        Assert.Empty(loaded.FilesRead);
    }
}
