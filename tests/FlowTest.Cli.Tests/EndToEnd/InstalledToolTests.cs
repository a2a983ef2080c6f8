using System;
using System.IO;
using System.Text.Json;
using System.Xml.Linq;
using FlowTest.Cli.Tests.Infrastructure;

namespace FlowTest.Cli.Tests.EndToEnd;

/// <summary>Issue 5 point 14: the packed tool, installed with <c>dotnet tool install</c>, runs every command on a real run.</summary>
public sealed class InstalledToolTests : IClassFixture<InstalledTool>, IClassFixture<TestAppRuns>
{
    private readonly InstalledTool _tool;
    private readonly TestAppRuns _runs;

    public InstalledToolTests(InstalledTool tool, TestAppRuns runs)
    {
        _tool = tool;
        _runs = runs;
    }

    [Fact]
    public void The_installed_tool_runs_every_command_on_a_real_run()
    {
        using var temp = new TempDirectory();
        var root = _runs.Root;

        Assert.Contains("diff", Ok("--help").Output, StringComparison.Ordinal);
        Assert.Contains(TestAppRuns.Failing, Ok("runs").Output, StringComparison.Ordinal);
        Assert.Contains("# FlowTest run", Ok("summary").Output, StringComparison.Ordinal);
        using (var json = JsonDocument.Parse(Ok("summary", TestAppRuns.Passing, "--json").Output))
        {
            Assert.Equal(10, json.RootElement.GetProperty("counts").GetProperty("flows").GetInt64());
        }

        Assert.Contains("failure DATA.HOSTILE", Ok("show", "hostile/evidence", "--run", TestAppRuns.Failing).Output, StringComparison.Ordinal);
        Assert.Contains("run.ended", Ok("tail", TestAppRuns.Passing, "-n", "2").Output, StringComparison.Ordinal);
        Assert.Contains("run.ended", Ok("tail", TestAppRuns.Passing, "--follow").Output, StringComparison.Ordinal);
        Assert.Contains("new failures (1)", Ok("diff", TestAppRuns.Passing, TestAppRuns.Failing).Output, StringComparison.Ordinal);
        Assert.Equal(1, _tool.Run(root, "diff", TestAppRuns.Passing, TestAppRuns.Failing, "--fail-on-new-failures").ExitCode);

        using (var chrome = JsonDocument.Parse(Ok("export", TestAppRuns.Passing, "--format", "chrome").Output))
        {
            Assert.Contains(chrome.RootElement.GetProperty("traceEvents").EnumerateArray(), e => e.GetProperty("ph").GetString() == "X");
        }

        Ok("export", TestAppRuns.Failing, "--format", "junit", "-o", temp.Combine("junit.xml"));
        Assert.Contains(XDocument.Load(temp.Combine("junit.xml")).Descendants("testcase"), c => c.Element("failure") is not null || c.Element("error") is not null);
        Assert.StartsWith("gantt", Ok("export", "--format", "mermaid").Output, StringComparison.Ordinal);
        Assert.StartsWith("run_id,flow,", Ok("export", "--format", "csv").Output, StringComparison.Ordinal);
        Assert.Contains("defaults apply", Ok("validate").Output, StringComparison.Ordinal);

        var unknown = _tool.Run(root, "summary", "no-such-run");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("no run 'no-such-run'", unknown.Error, StringComparison.Ordinal);

        // gc last: on a copy, so the shared runs stay for the other tests.
        var scratch = temp.Combine(".flowtest");
        RunCopies.CopyRun(_runs.RunDirectory(TestAppRuns.Passing), scratch, "one");
        RunCopies.CopyRun(_runs.RunDirectory(TestAppRuns.Failing), scratch, "two");
        var gc = _tool.Run(scratch, "gc", "--keep", "0");
        Assert.Equal(0, gc.ExitCode);
        Assert.Empty(Directory.GetDirectories(Path.Combine(scratch, "runs")));

        ProcessOutcome Ok(params string[] args)
        {
            var outcome = _tool.Run(root, args);
            Assert.True(outcome.ExitCode == 0, "flowtest " + string.Join(" ", args) + " exited " + outcome.ExitCode + ":\n" + outcome.Error);
            Assert.DoesNotContain("\u001b[", outcome.Output, StringComparison.Ordinal);
            return outcome;
        }
    }
}
