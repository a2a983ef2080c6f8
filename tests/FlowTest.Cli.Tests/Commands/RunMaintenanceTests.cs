using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using FlowTest.Cli.Tests.Infrastructure;

namespace FlowTest.Cli.Tests.Commands;

/// <summary>Commands on copies of real runs that the tests damage, extend or prune.</summary>
public sealed class RunMaintenanceTests : IClassFixture<TestAppRuns>
{
    private readonly TestAppRuns _runs;

    public RunMaintenanceTests(TestAppRuns runs) => _runs = runs;

    [Fact]
    public void A_corrupt_line_is_skipped_counted_and_reported_never_fatal()
    {
        using var temp = new TempDirectory();
        var root = temp.Combine(".flowtest");
        var run = RunCopies.CopyRun(_runs.RunDirectory(TestAppRuns.Passing), root, "damaged");
        var trace = Path.Combine(run, "trace.jsonl");
        var lines = File.ReadAllLines(trace).ToList();
        lines.Insert(3, "{\"schema_version\":\"1\",\"event\": this is not json");
        File.WriteAllText(trace, string.Join("\n", lines) + "\n{\"partial\":");

        var result = CliRun.Run(root, "summary", "damaged", "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal(1, json.RootElement.GetProperty("trace").GetProperty("malformed_lines").GetInt64());
        Assert.Equal(1, json.RootElement.GetProperty("trace").GetProperty("partial_lines").GetInt64());
        Assert.Equal(10, json.RootElement.GetProperty("counts").GetProperty("flows").GetInt64());
        Assert.Contains("2 unreadable trace line(s) skipped: trace.jsonl:4", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Gc_keeps_the_newest_runs_and_removes_the_rest()
    {
        using var temp = new TempDirectory();
        var root = temp.Combine(".flowtest");
        foreach (var (id, minutes) in new[] { ("old", 0), ("middle", 10), ("new", 20) })
        {
            var run = RunCopies.CopyRun(_runs.RunDirectory(TestAppRuns.Passing), root, id);
            var manifest = Path.Combine(run, "run.json");
            var text = File.ReadAllText(manifest);
            var started = JsonDocument.Parse(text).RootElement.GetProperty("started_at").GetString()!;
            File.WriteAllText(manifest, text.Replace(started, new DateTimeOffset(2026, 1, 1, 0, minutes, 0, TimeSpan.Zero).ToString("O")));
        }

        var result = CliRun.Run(root, "gc", "--keep", "2");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("removed old", result.Output, StringComparison.Ordinal);
        Assert.Equal(new[] { "middle", "new" }, Directory.GetDirectories(Path.Combine(root, "runs")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Validate_prints_errors_with_file_and_line_and_exits_1()
    {
        using var temp = new TempDirectory();
        var root = temp.Combine(".flowtest");
        Directory.CreateDirectory(root);
        File.WriteAllText(Path.Combine(root, "flowtest.yaml"), "version: 1\nprivacy:\n  payload_limit: lots\n");

        var result = CliRun.Run(root, "validate");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("flowtest.yaml(3,", result.Output, StringComparison.Ordinal);
        Assert.Contains("error FT", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_passes_without_configuration_files()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp.Combine(".flowtest"));

        Assert.Equal(0, CliRun.Run(temp.Combine(".flowtest"), "validate").ExitCode);
    }

    [Fact]
    public void The_artifacts_root_is_found_upward_from_the_current_directory()
    {
        using var temp = new TempDirectory();
        RunCopies.CopyRun(_runs.RunDirectory(TestAppRuns.Passing), temp.Combine(".flowtest"), "found");
        var deep = temp.Combine("src", "app");
        Directory.CreateDirectory(deep);

        var result = CliRun.RunIn(deep, new Dictionary<string, string?>(), terminal: false, "runs");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("found", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tail_follow_prints_events_appended_to_a_running_run_until_it_ends()
    {
        using var temp = new TempDirectory();
        var root = temp.Combine(".flowtest");
        var run = RunCopies.CopyRun(_runs.RunDirectory(TestAppRuns.Passing), root, "live");
        var manifest = Path.Combine(run, "run.json");
        var ended = File.ReadAllText(manifest);
        File.WriteAllText(manifest, ended.Replace("\"status\": \"passed\"", "\"status\": \"running\""));
        // A live writer (this test process), so the run does not read as crashed.
        Directory.CreateDirectory(Path.Combine(run, ".writers"));
        File.WriteAllText(Path.Combine(run, ".writers", Environment.MachineName + "_" + Environment.ProcessId), "");
        var trace = Path.Combine(run, "trace.jsonl");
        var template = File.ReadLines(trace).First(l => l.Contains("\"flow.checkpoint\"", StringComparison.Ordinal));

        var printed = new StringWriter();
        var output = TextWriter.Synchronized(printed);
        var following = Task.Run(() => CliRun.RunWith(output, Path.GetTempPath(), new Dictionary<string, string?> { ["FLOWTEST_ARTIFACTS"] = root }, false, "tail", "live", "-n", "1", "--follow"));

        // Append only once the backlog (its last event, run.ended) is out: the new line must come from following.
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!Printed(output, printed).Contains("run.ended", StringComparison.Ordinal) && waited.Elapsed < TimeSpan.FromSeconds(60) && !following.IsCompleted)
        {
            await Task.Delay(50);
        }

        File.AppendAllText(trace, template.Replace("after-cross-thread-end", "appended-while-following") + "\n");
        File.WriteAllText(manifest, ended);
        var result = await following.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(0, result.ExitCode);
        var lines = Printed(output, printed).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains("run.ended", lines[0], StringComparison.Ordinal);
        Assert.Contains("appended-while-following", lines[1], StringComparison.Ordinal);
    }

    private static string Printed(TextWriter synchronized, StringWriter inner)
    {
        // TextWriter.Synchronized locks the wrapper itself for every write.
        lock (synchronized)
        {
            return inner.ToString();
        }
    }
}
