using System.Collections.Generic;
using System.IO;
using FlowTest.Diagnostics;
using FlowTest.Recording;

namespace FlowTest.Tests.Recording;

public sealed class RecorderHostTests
{
    [Fact]
    public void The_builds_FlowTestArtifactsPath_from_runtimeconfig_is_the_root_when_the_environment_names_none()
    {
        using var dir = new TempDirectory();
        var fromBuild = dir.Combine("from-build");
        var warnings = new StringWriter();

        using (var host = RecorderHost.Start(Variables(("FLOWTEST_RUN_ID", "r1")), dir.Path, dir.Path, new WarningReporter(warnings), Setting(fromBuild)))
        {
            Assert.Equal(Path.Combine(fromBuild, "runs", "r1"), host!.RunDirectory);
        }

        Assert.Contains("FlowTestArtifactsPath", warnings.ToString());
    }

    [Fact]
    public void FLOWTEST_ARTIFACTS_overrides_the_build_setting()
    {
        using var dir = new TempDirectory();
        var fromEnvironment = dir.Combine("from-env");

        using var host = RecorderHost.Start(Variables(("FLOWTEST_RUN_ID", "r2"), ("FLOWTEST_ARTIFACTS", fromEnvironment)), dir.Path, dir.Path, new WarningReporter(new StringWriter()), Setting(dir.Combine("from-build")));

        Assert.Equal(Path.Combine(fromEnvironment, "runs", "r2"), host!.RunDirectory);
    }

    private static System.Func<string, string?> Variables(params (string Name, string Value)[] pairs)
    {
        var variables = new Dictionary<string, string?>();
        foreach (var (name, value) in pairs)
        {
            variables[name] = value;
        }

        return name => variables.GetValueOrDefault(name);
    }

    private static System.Func<string, object?> Setting(string path) =>
        name => name == RecorderHost.ArtifactsPathSetting ? path : null;
}
