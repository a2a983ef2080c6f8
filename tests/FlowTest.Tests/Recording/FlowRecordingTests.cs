using System;
using System.Linq;
using System.Threading.Tasks;
using FlowTest.Tests.Infrastructure;

namespace FlowTest.Tests.Recording;

public sealed class FlowRecordingTests
{
    [Fact]
    public void A_flow_without_a_verdict_ends_incomplete()
    {
        using var test = new TestRecorder();
        test.Start("orders/submit").Dispose();

        var ended = test.Flushed().Events.Single(e => e.Str("event") == "flow.ended");
        Assert.Equal("incomplete", ended.Str("verdict"));
        Assert.True(ended.GetProperty("duration_ms").GetDouble() >= 0);
    }

    [Fact]
    public void A_failure_followed_by_a_success_ends_as_failure()
    {
        using var test = new TestRecorder();
        using (var flow = test.Start("orders/submit"))
        {
            flow.Failure("DATA.EMPTY", "no candles", new { ticker = "AAPL" }, FailureSeverity.Critical);
            flow.Success("ack");
            Assert.Equal(FlowVerdict.Failure, flow.Verdict);
        }

        var events = test.Flushed().Events;
        var failure = events.Single(e => e.Str("event") == "flow.failure");
        Assert.Equal("DATA.EMPTY", failure.Str("failure_class"));
        Assert.Equal("critical", failure.Str("severity"));
        Assert.Equal("no candles", failure.Str("reason"));
        Assert.Equal("AAPL", failure.GetProperty("payload").GetProperty("ticker").GetString());
        Assert.Equal("failure", events.Single(e => e.Str("event") == "flow.ended").Str("verdict"));
    }

    [Fact]
    public async Task Children_started_in_task_run_and_await_chains_nest_under_the_current_flow()
    {
        using var test = new TestRecorder();
        using (var root = test.Start("root"))
        {
            await Task.Run(() => test.Start("child-task").Dispose());
            await ChildAfterAwait(test);
            Parallel.For(0, 3, _ => test.Start("child-parallel").Dispose());
        }

        var started = test.Flushed().Events.Where(e => e.Str("event") == "flow.started").ToList();
        var rootId = started.Single(e => e.Str("flow") == "root").Str("flow_id");
        Assert.All(started.Where(e => e.Str("flow") != "root"), e => Assert.Equal(rootId, e.Str("parent_id")));
        Assert.Equal(5, started.Count(e => e.Str("flow") != "root"));
    }

    [Fact]
    public async Task A_flow_ended_on_another_thread_ends_once_and_leaves_the_callers_context_alone()
    {
        using var test = new TestRecorder();
        using var root = test.Start("root");
        var child = test.Start("child");
        await Task.Run(() => child.Dispose());
        child.Dispose();

        Assert.Same(root, FlowTest.Flow.Current);
        var events = test.Flushed().Events;
        Assert.Single(events, e => e.Str("event") == "flow.ended" && e.Str("flow") == "child");
    }

    [Fact]
    public void Checkpoints_metrics_and_exceptions_carry_step_code_and_exception_details()
    {
        using var test = new TestRecorder(repoRoot: "/repo");
        using (var flow = test.Start("calc"))
        {
            flow.Checkpoint("validated", new { rows = 300 }, "Run", "/repo/src/Calc.cs", 21);
            flow.Metric("latency_ms", 12.5, "ms", "Run", "/repo/src/Calc.cs", 22);
            try
            {
                throw new InvalidOperationException("boom");
            }
            catch (InvalidOperationException e)
            {
                flow.RecordException(e, "Run", "/repo/src/Calc.cs", 23);
            }
        }

        var events = test.Flushed().Events;
        var checkpoint = events.Single(e => e.Str("event") == "flow.checkpoint");
        Assert.Equal("validated", checkpoint.Str("step"));
        Assert.Equal("src/Calc.cs", checkpoint.GetProperty("code").Str("file"));
        Assert.Equal(21, checkpoint.GetProperty("code").GetProperty("line").GetInt32());
        var metric = events.Single(e => e.Str("event") == "flow.metric");
        Assert.Equal(12.5, metric.GetProperty("payload").GetProperty("value").GetDouble());
        Assert.Equal("ms", metric.GetProperty("payload").Str("unit"));
        var exception = events.Single(e => e.Str("event") == "flow.exception").GetProperty("exception");
        Assert.Equal("System.InvalidOperationException", exception.Str("type"));
        Assert.Equal("boom", exception.Str("message"));
        Assert.Equal("exception", events.Single(e => e.Str("event") == "flow.ended").Str("verdict"));
    }

    [Fact]
    public void Event_times_are_wall_clock_utc_in_the_order_they_happened_and_match_the_duration()
    {
        using var test = new TestRecorder();
        var before = DateTimeOffset.UtcNow;
        using (var flow = test.Start("orders/submit"))
        {
            flow.Checkpoint("validated");
            System.Threading.Thread.Sleep(20);
            flow.Success();
        }

        var after = DateTimeOffset.UtcNow;
        var events = test.Flushed().Events.ToList();
        var times = events.Select(e => DateTimeOffset.Parse(e.Str("timestamp")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var slack = TimeSpan.FromMilliseconds(1);
        Assert.All(times, t => Assert.InRange(t, before - slack, after + slack));
        Assert.Equal(times.OrderBy(t => t), times);

        // started and ended carry the clock readings the duration was computed from.
        var ended = events.Single(e => e.Str("event") == "flow.ended");
        var fromTimestamps = (times[^1] - times[0]).TotalMilliseconds;
        Assert.Equal(fromTimestamps, ended.GetProperty("duration_ms").GetDouble(), 0.01);
    }

    [Fact]
    public void Seq_strictly_increases_and_every_line_has_the_envelope()
    {
        using var test = new TestRecorder();
        Parallel.For(0, 8, i =>
        {
            using var flow = test.Start("parallel");
            for (var n = 0; n < 200; n++)
            {
                flow.Checkpoint("tick", new { i, n });
            }
        });

        var events = test.Flushed().Events;
        Assert.Equal(8 * 202, events.Count);
        var seqs = events.Select(e => e.GetProperty("seq").GetInt64()).ToList();
        Assert.Equal(Enumerable.Range(1, seqs.Count).Select(n => (long)n), seqs);
        Assert.All(events, e =>
        {
            Assert.Equal("1", e.Str("schema_version"));
            Assert.Equal("test-run", e.Str("run_id"));
            Assert.Equal("testhost/1", e.Str("node"));
            Assert.Equal(26, e.Str("event_id")!.Length);
        });
    }

    [Fact]
    public void A_failing_disk_costs_events_not_the_program_and_is_reported_once()
    {
        using var test = new TestRecorder();
        test.Sink.FailWrites = true;
        for (var i = 0; i < 100; i++)
        {
            using var flow = test.Start("doomed");
            flow.Checkpoint("tick");
        }

        test.Recorder.Flush(TimeSpan.FromSeconds(10));
        Assert.Equal(300, test.Recorder.EventsDropped);
        var warnings = test.Warnings.ToString();
        Assert.Contains("FT2002", warnings);
        Assert.Single(warnings.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    private static async Task ChildAfterAwait(TestRecorder test)
    {
        await Task.Yield();
        using var child = test.Start("child-await");
    }
}
