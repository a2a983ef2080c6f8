using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Xml.Linq;
using FlowTest.Cli.Tests.Export;
using FlowTest.Cli.Tests.Infrastructure;

namespace FlowTest.Cli.Tests.Commands;

/// <summary>The real commands on runs the runtime recorded in a real process.</summary>
public sealed class CommandsOnRealRunsTests : IClassFixture<TestAppRuns>
{
    private readonly TestAppRuns _runs;

    public CommandsOnRealRunsTests(TestAppRuns runs) => _runs = runs;

    [Fact]
    public void Runs_lists_every_run_newest_first_with_status_and_verdict_counts()
    {
        var result = CliRun.Run(_runs.Root, "runs");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("RUN", lines[0], StringComparison.Ordinal);
        var fail = Array.FindIndex(lines, l => l.StartsWith(TestAppRuns.Failing, StringComparison.Ordinal));
        var pass = Array.FindIndex(lines, l => l.StartsWith(TestAppRuns.Passing, StringComparison.Ordinal));
        Assert.True(fail > 0 && pass > fail, result.Output);
        Assert.Contains("failed", lines[fail], StringComparison.Ordinal);
        Assert.Contains("passed", lines[pass], StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_json_counts_the_failing_runs_verdicts_from_its_trace()
    {
        var result = CliRun.Run(_runs.Root, "summary", TestAppRuns.Failing, "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal(TestAppRuns.Failing, json.RootElement.GetProperty("run_id").GetString());
        Assert.Equal("failed", json.RootElement.GetProperty("status").GetString());
        Assert.Equal(2, json.RootElement.GetProperty("counts").GetProperty("failure_events").GetInt64());
        Assert.Contains(json.RootElement.GetProperty("first_failures").EnumerateArray(), f => f.GetProperty("title").GetString() == "DATA.HOSTILE");
    }

    [Fact]
    public void Summary_defaults_to_the_latest_run_and_colours_only_on_a_terminal()
    {
        var plain = CliRun.Run(_runs.Root, "summary");
        var variables = new Dictionary<string, string?> { ["FLOWTEST_ARTIFACTS"] = _runs.Root };
        var terminal = CliRun.RunIn(Path.GetTempPath(), variables, terminal: true, "summary");
        variables["NO_COLOR"] = "1";
        var noColour = CliRun.RunIn(Path.GetTempPath(), variables, terminal: true, "summary");

        Assert.Contains("# FlowTest run `" + TestAppRuns.Failing + "`", plain.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", plain.Output, StringComparison.Ordinal);
        Assert.Contains("\u001b[", terminal.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", noColour.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_draws_the_flow_with_its_checkpoints_failure_exception_and_file_line()
    {
        var result = CliRun.Run(_runs.Root, "show", "hostile/evidence", "--run", TestAppRuns.Failing);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("hostile/evidence", result.Output, StringComparison.Ordinal);
        Assert.Contains("├─ checkpoint cycle", result.Output, StringComparison.Ordinal);
        Assert.Contains("failure DATA.HOSTILE", result.Output, StringComparison.Ordinal);
        Assert.Contains("exception System.InvalidOperationException", result.Output, StringComparison.Ordinal);
        Assert.Contains("Scenarios.cs:", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_nests_child_flows_under_their_parent()
    {
        var result = CliRun.Run(_runs.Root, "show", "nest/root", "--run", TestAppRuns.Passing);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("├─ nest/await-outer", result.Output, StringComparison.Ordinal);
        Assert.Contains("│  ├─ nest/await-inner", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Tail_prints_the_last_n_events_ending_with_run_ended()
    {
        var result = CliRun.Run(_runs.Root, "tail", TestAppRuns.Passing, "-n", "3");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Contains("run.ended", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_reports_new_failures_and_fails_only_when_asked()
    {
        var plain = CliRun.Run(_runs.Root, "diff", TestAppRuns.Passing, TestAppRuns.Failing);
        var gated = CliRun.Run(_runs.Root, "diff", TestAppRuns.Passing, TestAppRuns.Failing, "--fail-on-new-failures");
        var reverse = CliRun.Run(_runs.Root, "diff", TestAppRuns.Failing, TestAppRuns.Passing, "--fail-on-new-failures");

        Assert.Equal(0, plain.ExitCode);
        Assert.Contains("new failures (1)", plain.Output, StringComparison.Ordinal);
        Assert.Contains("hostile/evidence", plain.Output, StringComparison.Ordinal);
        Assert.Contains("removed flows", plain.Output, StringComparison.Ordinal);
        Assert.Equal(1, gated.ExitCode);
        Assert.Equal(0, reverse.ExitCode);
    }

    [Fact]
    public void Export_writes_every_format_of_a_real_run_that_parses()
    {
        using var temp = new TempDirectory();
        foreach (var format in new[] { "chrome", "mermaid", "junit", "csv" })
        {
            var result = CliRun.Run(_runs.Root, "export", TestAppRuns.Passing, "--format", format, "-o", temp.Combine("out." + format));
            Assert.Equal(0, result.ExitCode);
        }

        using var chrome = JsonDocument.Parse(File.ReadAllText(temp.Combine("out.chrome")));
        Assert.Equal(10, chrome.RootElement.GetProperty("traceEvents").EnumerateArray().Count(e => e.GetProperty("ph").GetString() == "X"));
        Assert.Single(XDocument.Load(temp.Combine("out.junit")).Descendants("testcase"));
        Assert.Equal(11, CsvReader.Parse(File.ReadAllText(temp.Combine("out.csv"))).Count);
        Assert.StartsWith("gantt", File.ReadAllText(temp.Combine("out.mermaid")), StringComparison.Ordinal);
        Assert.Equal(new[] { "out.chrome", "out.csv", "out.junit", "out.mermaid" }, Directory.GetFiles(temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("summary", "no-such-run")]
    [InlineData("export", "--format", "xml")]
    [InlineData("summary", "--bogus")]
    [InlineData("frobnicate")]
    [InlineData("show", "no/such-flow", "--run", TestAppRuns.Passing)]
    public void Unknown_run_format_flag_command_or_flow_is_one_message_and_exit_code_2(params string[] args)
    {
        var result = CliRun.Run(_runs.Root, args);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.StartsWith("flowtest: ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("runs")]
    [InlineData("summary")]
    [InlineData("show")]
    [InlineData("tail")]
    [InlineData("diff")]
    [InlineData("export")]
    [InlineData("validate")]
    [InlineData("gc")]
    public void Every_command_has_help(string command)
    {
        var result = CliRun.Run(_runs.Root, command, "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Usage:", result.Output, StringComparison.Ordinal);
        Assert.Contains(command, result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_prefix_resolves_when_unique_and_is_refused_when_ambiguous()
    {
        var unique = CliRun.Run(_runs.Root, "summary", "cli-fa", "--json");
        var ambiguous = CliRun.Run(_runs.Root, "summary", "cli-");

        Assert.Equal(0, unique.ExitCode);
        Assert.Contains(TestAppRuns.Failing, unique.Output, StringComparison.Ordinal);
        Assert.Equal(2, ambiguous.ExitCode);
        Assert.Contains("ambiguous", ambiguous.Error, StringComparison.Ordinal);
    }
}
