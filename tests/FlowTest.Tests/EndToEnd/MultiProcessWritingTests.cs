using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using FlowTest.Tests.Infrastructure;
using FlowTest.Tests.Support;

namespace FlowTest.Tests.EndToEnd;

/// <summary>Several real processes writing one run directory at the same time (SPEC §7).</summary>
public sealed class MultiProcessWritingTests
{
    [Fact]
    public void Four_processes_of_eight_threads_write_every_event_exactly_once_into_one_run()
    {
        using var dir = new TempDirectory();
        var environment = new Dictionary<string, string?>
        {
            ["FLOWTEST_ARTIFACTS"] = dir.Path,
            ["FLOWTEST_RUN_ID"] = "shared-run",
        };
        const int threads = 8;
        const int events = 2_000;
        var processes = Enumerable.Range(0, 4).Select(p => new[] { "burst", threads.ToString(), events.ToString(), "p" + p }).ToList();

        var results = TestApp.RunConcurrently(environment, processes);

        Assert.All(results, r => Assert.Equal(0, r.ExitCode));
        var runDirectory = Path.Combine(dir.Path, "runs", "shared-run");
        var lines = TraceLines.ReadRawLines(runDirectory);
        foreach (var line in lines)
        {
            TraceSchema.AssertValid(line);
        }

        var parsed = lines.Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
        var ticks = parsed.Where(e => e.Str("event") == "flow.checkpoint")
            .Select(e => e.GetProperty("payload"))
            .Select(p => (Tag: p.Str("tag"), Thread: p.GetProperty("thread").GetInt32(), I: p.GetProperty("i").GetInt32()))
            .ToList();
        Assert.Equal(4 * threads * events, ticks.Count);
        Assert.Equal(ticks.Count, ticks.Distinct().Count());
        Assert.Equal(4 * threads, parsed.Count(e => e.Str("event") == "flow.started"));
        Assert.Equal(4 * threads, parsed.Count(e => e.Str("event") == "flow.ended"));
        Assert.Single(parsed, e => e.Str("event") == "run.started");

        // seq strictly increases per writer, in file order.
        foreach (var writer in parsed.GroupBy(e => e.Str("node")))
        {
            var seqs = writer.Select(e => e.GetProperty("seq").GetInt64()).ToList();
            Assert.True(seqs.Zip(seqs.Skip(1)).All(pair => pair.Second > pair.First), $"seq of {writer.Key} is not increasing");
        }

        Assert.Equal(4, parsed.Select(e => e.Str("node")).Distinct().Count());
        Assert.Single(parsed.Select(e => e.Str("trace_id")).Distinct());
        Assert.Equal("shared-run", JsonDocument.Parse(File.ReadAllText(Path.Combine(dir.Path, "latest.json"))).RootElement.Str("run_id"));
        Assert.Empty(Directory.GetFiles(Path.Combine(runDirectory, ".writers")));
    }
}
