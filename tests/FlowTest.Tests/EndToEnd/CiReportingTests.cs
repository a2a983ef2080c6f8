using System.Collections.Generic;
using System.IO;
using System.Linq;
using FlowTest.Tests.Infrastructure;

namespace FlowTest.Tests.EndToEnd;

/// <summary>Issue 5 points 1–3: a run that ends under GitHub Actions or Azure Pipelines reports itself (real process).</summary>
public sealed class CiReportingTests
{
    [Fact]
    public void Under_github_actions_the_first_failure_is_an_error_annotation_and_the_summary_is_appended_to_the_step_summary()
    {
        using var dir = new TempDirectory();
        var stepSummary = dir.Combine("step-summary.md");
        File.WriteAllText(stepSummary, "earlier step\n");
        var result = TestApp.Run(Environment(dir, "gh", ("GITHUB_ACTIONS", "true"), ("GITHUB_STEP_SUMMARY", stepSummary)), "no-flow");

        Assert.Equal(0, result.ExitCode);
        var error = Assert.Single(Lines(result.StandardOutput), line => line.StartsWith("::error ", System.StringComparison.Ordinal));
        Assert.Equal("::error file=tests/FlowTest.TestApp/Scenarios.cs,line=" + FailureLine() + ",title=(no flow)%3A DATA.EMPTY::no flow around", error);
        Assert.Contains("FlowTest run directory: " + dir.Combine("runs", "gh"), Lines(result.StandardOutput));

        var summary = File.ReadAllText(Path.Combine(dir.Path, "runs", "gh", "summary.md"));
        Assert.Equal("earlier step\n" + summary, File.ReadAllText(stepSummary));
    }

    [Fact]
    public void Under_azure_pipelines_the_failure_summary_and_run_directory_are_logging_commands()
    {
        using var dir = new TempDirectory();
        var result = TestApp.Run(Environment(dir, "az", ("TF_BUILD", "True")), "no-flow");

        Assert.Equal(0, result.ExitCode);
        var runDirectory = dir.Combine("runs", "az");
        Assert.Equal(
            new[]
            {
                "##vso[task.logissue type=error;sourcepath=tests/FlowTest.TestApp/Scenarios.cs;linenumber=" + FailureLine() + "](no flow): DATA.EMPTY: no flow around",
                "##vso[task.uploadsummary]" + Path.Combine(runDirectory, "summary.md"),
                "##vso[artifact.upload containerfolder=flowtest;artifactname=flowtest-az]" + runDirectory,
            },
            Lines(result.StandardOutput).Where(line => line.StartsWith("##vso[", System.StringComparison.Ordinal)));
    }

    [Fact]
    public void Outside_ci_no_command_is_printed()
    {
        using var dir = new TempDirectory();
        var result = TestApp.Run(Environment(dir, "local"), "no-flow");

        Assert.DoesNotContain(Lines(result.StandardOutput), line => line.StartsWith("::", System.StringComparison.Ordinal) || line.StartsWith("##vso", System.StringComparison.Ordinal));
    }

    private static Dictionary<string, string?> Environment(TempDirectory dir, string runId, params (string Name, string Value)[] extra)
    {
        var environment = new Dictionary<string, string?> { ["FLOWTEST_ARTIFACTS"] = dir.Path, ["FLOWTEST_RUN_ID"] = runId };
        foreach (var (name, value) in extra)
        {
            environment[name] = value;
        }

        return environment;
    }

    private static string[] Lines(string text) => text.Split('\n').Select(line => line.TrimEnd('\r')).ToArray();

    private static int FailureLine()
    {
        var source = File.ReadAllLines(RepositoryRoot.Combine("tests/FlowTest.TestApp/Scenarios.cs"));
        return System.Array.FindIndex(source, line => line.Contains("Flow.Failure(\"DATA.EMPTY\", \"no flow around\")", System.StringComparison.Ordinal)) + 1;
    }
}
