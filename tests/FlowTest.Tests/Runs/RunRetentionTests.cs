using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using FlowTest.Runs;

namespace FlowTest.Tests.Runs;

public sealed class RunRetentionTests
{
    private const string Host = "testhost";
    private static readonly DateTimeOffset Day = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Keeps_the_newest_runs_including_the_one_starting_and_deletes_the_rest()
    {
        using var root = new TempDirectory();
        for (var hour = 1; hour <= 5; hour++)
        {
            WriteRun(root, "run" + hour, RunStatus.Passed, Day.AddHours(hour));
        }

        var removed = RunRetention.Apply(root.Path, currentRunId: "run6", keepRuns: 3, Host, pid: 1);

        Assert.Equal(new[] { "run1", "run2", "run3" }, removed.OrderBy(id => id, StringComparer.Ordinal));
        Assert.Equal(new[] { "run4", "run5" }, RunIds(root));
    }

    [Fact]
    public void Never_deletes_a_run_another_live_process_is_still_writing()
    {
        using var root = new TempDirectory();
        WriteRun(root, "old-but-live", RunStatus.Running, Day);
        WriteRun(root, "newer", RunStatus.Passed, Day.AddHours(1));
        WriterRegistry.Register(root.Combine("old-but-live"), Host, Environment.ProcessId);

        var removed = RunRetention.Apply(root.Path, currentRunId: "current", keepRuns: 1, Host, pid: 1);

        Assert.Equal(new[] { "newer" }, removed);
        Assert.Equal(RunStatus.Running, RunManifest.TryRead(root.Combine("old-but-live"))!.Status);
    }

    [Fact]
    public void Marks_a_run_left_running_by_a_dead_writer_crashed_and_cuts_its_half_line()
    {
        using var root = new TempDirectory();
        var run = WriteRun(root, "abandoned", RunStatus.Running, Day);
        File.WriteAllText(Path.Combine(run, "trace.jsonl"), "{\"seq\":1}\n{\"seq\":2,\"ev");
        WriterRegistry.Register(run, Host, DeadPid());

        var removed = RunRetention.Apply(root.Path, currentRunId: "current", keepRuns: 5, Host, pid: 1);

        Assert.Empty(removed);
        Assert.Equal(RunStatus.Crashed, RunManifest.TryRead(run)!.Status);
        Assert.Equal("{\"seq\":1}\n", File.ReadAllText(Path.Combine(run, "trace.jsonl")));
    }

    [Fact]
    public void Orders_runs_without_a_readable_manifest_by_their_folder_time_and_still_prunes_them()
    {
        using var root = new TempDirectory();
        Directory.CreateDirectory(root.Combine("no-manifest"));
        WriteRun(root, "recent", RunStatus.Passed, DateTimeOffset.UtcNow.AddMinutes(1));

        var removed = RunRetention.Apply(root.Path, currentRunId: "current", keepRuns: 2, Host, pid: 1);

        Assert.Equal(new[] { "no-manifest" }, removed);
    }

    private static string WriteRun(TempDirectory root, string id, string status, DateTimeOffset startedAt)
    {
        var directory = root.Combine(id);
        Directory.CreateDirectory(directory);
        new RunManifest { RunId = id, Status = status, StartedAt = startedAt }.Write(directory);
        return directory;
    }

    private static string[] RunIds(TempDirectory root) =>
        Directory.GetDirectories(root.Path).Select(Path.GetFileName).OrderBy(id => id, StringComparer.Ordinal).ToArray()!;

    /// <summary>The pid of a process that has exited (reaped), so nothing is alive under it.</summary>
    private static int DeadPid()
    {
        using var process = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        process.WaitForExit();
        return process.Id;
    }
}
