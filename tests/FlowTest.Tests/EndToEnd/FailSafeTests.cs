using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using FlowTest.Tests.Infrastructure;
using FlowTest.Tests.Support;

namespace FlowTest.Tests.EndToEnd;

/// <summary>Telemetry problems never break the program (SPEC §3, issue point 6): real processes, real files.</summary>
public sealed class FailSafeTests
{
    [Fact]
    public void Hostile_evidence_is_recorded_without_breaking_the_program_or_the_trace()
    {
        using var dir = new TempDirectory();
        var result = TestApp.Run(Env(dir, "hostile"), "hostile-evidence");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("SURVIVED", result.StandardOutput);
        var events = TraceLines.Read(Path.Combine(dir.Path, "runs", "hostile"));
        Assert.Equal(9, events.Count(e => e.Str("event") is "flow.checkpoint" or "flow.failure" or "flow.exception"));
        Assert.Single(events, e => e.Str("event") == "flow.ended" && e.Str("flow") == "hostile/evidence");
        Assert.All(TraceLines.ReadRawLines(Path.Combine(dir.Path, "runs", "hostile")), line => Assert.True(line.Length < 64 * 1024, "a line should stay small whatever the evidence"));
    }

    [Theory]
    [InlineData("../../escape", "escape")]
    [InlineData("a/../../b", "a-..-..-b")]
    public void A_hostile_run_id_never_writes_outside_the_root(string runId, string expectedDirectory)
    {
        using var dir = new TempDirectory();
        var root = dir.Combine("root");
        var env = new Dictionary<string, string?> { ["FLOWTEST_ARTIFACTS"] = root, ["FLOWTEST_RUN_ID"] = runId };

        var result = TestApp.Run(env, "no-flow");

        Assert.Equal(0, result.ExitCode);
        Assert.True(Directory.Exists(Path.Combine(root, "runs", expectedDirectory)));
        Assert.Equal(new[] { "root" }, Directory.GetFileSystemEntries(dir.Path).Select(Path.GetFileName));
        Assert.Single(Lines(result.StandardError, "FT2003"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("..")]
    [InlineData(500)]
    public void Empty_dot_or_overlong_run_ids_are_replaced_or_cut_with_one_warning(object runId)
    {
        using var dir = new TempDirectory();
        var value = runId is int length ? new string('r', length) : (string)runId;
        var env = new Dictionary<string, string?> { ["FLOWTEST_ARTIFACTS"] = dir.Path, ["FLOWTEST_RUN_ID"] = value };

        var result = TestApp.Run(env, "no-flow");

        Assert.Equal(0, result.ExitCode);
        var run = Assert.Single(Directory.GetDirectories(Path.Combine(dir.Path, "runs")));
        Assert.True(Path.GetFileName(run).Length <= 100);
        Assert.Single(Lines(result.StandardError, "FT2003"));
    }

    [Fact]
    public void An_unusable_artifacts_root_costs_the_trace_not_the_program()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.Combine("not-a-directory"), "a file where the root should be");
        var env = new Dictionary<string, string?> { ["FLOWTEST_ARTIFACTS"] = dir.Combine("not-a-directory", "sub") };

        var result = TestApp.Run(env, "nesting");

        Assert.Equal(0, result.ExitCode);
        Assert.Single(Lines(result.StandardError, "FT2001"));
        Assert.Equal(new[] { "not-a-directory" }, Directory.GetFileSystemEntries(dir.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void A_full_disk_drops_events_with_one_warning_and_counts_them_in_run_json()
    {
        Assert.True(File.Exists("/dev/full"), "this test simulates a full disk with /dev/full (Linux)");
        using var dir = new TempDirectory();
        var runDirectory = Directory.CreateDirectory(dir.Combine("runs", "full-disk")).FullName;
        File.CreateSymbolicLink(Path.Combine(runDirectory, "trace.jsonl"), "/dev/full");

        var result = TestApp.Run(Env(dir, "full-disk"), "burst", "2", "500", "x");

        Assert.Equal(0, result.ExitCode);
        Assert.Single(Lines(result.StandardError, "FT2002"));
        var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(runDirectory, "run.json"))).RootElement;
        Assert.True(manifest.GetProperty("events_dropped").GetInt64() >= 1000);
    }

    [Fact]
    public void A_config_typo_is_reported_with_file_line_and_key_and_recording_goes_on()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.Combine("flowtest.yaml"), "privcy:\n  hash: true\nretention:\n  keep_runs: many\n");

        var result = TestApp.Run(Env(dir, "typo"), "no-flow");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("flowtest.yaml(1,1): warning FT", result.StandardError);
        Assert.Contains("privcy", result.StandardError);
        Assert.Contains("flowtest.yaml(4,", result.StandardError);
        Assert.Contains("retention.keep_runs", result.StandardError);
        Assert.NotEmpty(TraceLines.Read(Path.Combine(dir.Path, "runs", "typo")));
    }

    [Fact]
    public void Recording_disabled_by_environment_writes_nothing()
    {
        using var dir = new TempDirectory();
        var env = Env(dir, "disabled");
        env["FLOWTEST_ENABLED"] = "0";

        var result = TestApp.Run(env, "nesting");

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(Directory.GetFileSystemEntries(dir.Path));
    }

    [Fact]
    public void A_writer_killed_mid_run_leaves_only_complete_lines_and_the_run_is_reported_crashed()
    {
        using var dir = new TempDirectory();
        var runDirectory = Path.Combine(dir.Path, "runs", "killed");
        using (var process = TestApp.Start(Env(dir, "killed"), "spam-until-killed"))
        {
            Assert.Equal("READY", process.StandardOutput.ReadLine());
            var trace = Path.Combine(runDirectory, "trace.jsonl");
            var waited = Stopwatch.StartNew();
            while ((!File.Exists(trace) || new FileInfo(trace).Length < 4_000_000) && waited.Elapsed < TimeSpan.FromSeconds(60))
            {
                Thread.Sleep(20);
            }

            process.Kill();
            process.WaitForExit();
        }

        var text = File.ReadAllText(Path.Combine(runDirectory, "trace.jsonl"));
        var complete = text.Substring(0, text.LastIndexOf('\n') + 1);
        TraceSchema.AssertAllValid(complete.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal("running", RunStatusOf(runDirectory));

        // The next run in the same root notices the dead writer.
        Assert.Equal(0, TestApp.Run(Env(dir, "next"), "no-flow").ExitCode);

        Assert.Equal("crashed", RunStatusOf(runDirectory));
        Assert.EndsWith("\n", File.ReadAllText(Path.Combine(runDirectory, "trace.jsonl")));
    }

    [Fact]
    public void Events_outside_any_flow_land_in_the_no_flow_bucket()
    {
        using var dir = new TempDirectory();
        Assert.Equal(0, TestApp.Run(Env(dir, "orphans"), "no-flow").ExitCode);

        var events = TraceLines.Read(Path.Combine(dir.Path, "runs", "orphans"));
        var bucket = events.Single(e => e.Str("event") == "flow.started");
        Assert.Equal("(no flow)", bucket.Str("flow"));
        Assert.All(events.Where(e => e.Str("event") is "flow.checkpoint" or "flow.failure"), e => Assert.Equal(bucket.Str("flow_id"), e.Str("flow_id")));
        Assert.Equal("failure", events.Single(e => e.Str("event") == "flow.ended").Str("verdict"));

        // The run ended: its artifacts exist, it failed, latest points at it.
        var runDirectory = Path.Combine(dir.Path, "runs", "orphans");
        Assert.Equal("failed", RunStatusOf(runDirectory));
        Assert.Contains("DATA.EMPTY", File.ReadAllText(Path.Combine(runDirectory, "summary.md")));
        Assert.Contains("no flow around", File.ReadAllText(Path.Combine(runDirectory, "ask.md")));
        Assert.Equal("runs/orphans", new DirectoryInfo(Path.Combine(dir.Path, "latest")).LinkTarget);
    }

    [Fact]
    public void Flows_started_in_tasks_parallel_loops_timers_and_awaits_nest_under_their_parent_in_a_real_process()
    {
        using var dir = new TempDirectory();
        Assert.Equal(0, TestApp.Run(Env(dir, "nesting"), "nesting").ExitCode);

        var started = TraceLines.Read(Path.Combine(dir.Path, "runs", "nesting")).Where(e => e.Str("event") == "flow.started").ToList();
        string? IdOf(string name) => started.First(e => e.Str("flow") == name).Str("flow_id");
        var root = IdOf("nest/root");
        foreach (var name in new[] { "nest/task-run", "nest/parallel-for", "nest/timer", "nest/await-outer", "nest/ended-elsewhere" })
        {
            Assert.All(started.Where(e => e.Str("flow") == name), e => Assert.Equal(root, e.Str("parent_id")));
        }

        Assert.Equal(IdOf("nest/await-outer"), started.Single(e => e.Str("flow") == "nest/await-inner").Str("parent_id"));
        Assert.Equal(4, started.Count(e => e.Str("flow") == "nest/parallel-for"));
    }

    private static Dictionary<string, string?> Env(TempDirectory dir, string runId) => new()
    {
        ["FLOWTEST_ARTIFACTS"] = dir.Path,
        ["FLOWTEST_RUN_ID"] = runId,
    };

    private static string? RunStatusOf(string runDirectory) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(runDirectory, "run.json"))).RootElement.Str("status");

    private static IEnumerable<string> Lines(string text, string code) =>
        text.Split('\n').Where(l => l.Contains(code, StringComparison.Ordinal));
}
