using System.Linq;
using FlowTest.Artifacts.Digest;
using FlowTest.Model;
using FlowTest.Reading;
using static FlowTest.Tests.Rendering.TestEvents;

namespace FlowTest.Tests.Rendering;

public sealed class RunDigestTests
{
    [Fact]
    public void Counts_flows_by_verdict_and_keeps_orphans_open()
    {
        var digest = SyntheticRun.Digest();

        Assert.Equal(42, digest.Events);
        Assert.Equal(16, digest.FlowsStarted);
        Assert.Equal(15, digest.FlowsEnded);
        Assert.Equal((8L, 3L, 2L, 1L, 1L), (digest.Verdicts.Success, digest.Verdicts.Failure, digest.Verdicts.Exception, digest.Verdicts.Skipped, digest.Verdicts.Incomplete));
        var orphan = Assert.Single(digest.OpenFlows);
        Assert.Equal(("email/send_receipt", "7000000000000001", "src/Shop/Notifications/ReceiptMailer.cs:15"), (orphan.Name, orphan.FlowId, orphan.Location));
        Assert.Equal("notifications/digest", Assert.Single(digest.EndedIncomplete).Name);
        Assert.True(digest.HasProblems);
    }

    [Fact]
    public void Aggregates_each_flow_name()
    {
        var submit = SyntheticRun.Digest().FindFlow("orders/submit")!;

        Assert.Equal((2L, 2L, 0L), (submit.Started, submit.Ended, submit.Open));
        Assert.Equal(0.5, submit.SuccessRatio);
        Assert.Equal(180, submit.Durations.Percentile(50));
        Assert.Equal(1540.7, submit.Durations.Percentile(95));
        Assert.Equal(1, submit.Durations.CountAbove(1000));
        Assert.Equal(new[] { "EXTERNAL.TIMEOUT" }, submit.FailureClasses.Select(c => c.Key));
        Assert.Equal(FlowVerdict.Failure, submit.WorstVerdict);
        Assert.Equal(new[] { 1540.7, 180 }, submit.Slowest.Select(s => s.DurationMs!.Value));
    }

    [Fact]
    public void Failures_carry_their_location_evidence_and_ancestor_path()
    {
        var digest = SyntheticRun.Digest();

        Assert.Equal(4, digest.FailureCount);
        var first = digest.FirstFailures[0];
        Assert.True(first.IsException);
        Assert.Equal("System.TimeoutException", first.Title);
        Assert.Equal("src/Shop/Payments/GatewayClient.cs:88", first.Location);
        Assert.Equal(
            new[] { "ShopTests/Checkout_survives_gateway_timeout", "checkout/place_order", "orders/submit", "payments/charge" },
            first.Path);
        var second = digest.FirstFailures[1];
        Assert.Equal(("EXTERNAL.TIMEOUT", "error", "src/Shop/Orders/OrderService.cs:67"), (second.Title, second.Severity, second.Location));
        Assert.Contains("\"gateway_api_key\":\"REDACTED\"", second.PayloadJson);
        Assert.Equal(new[] { "payload.gateway_api_key" }, second.RedactedFields);
        Assert.Equal("ORD-1002", second.Correlation["order_id"]);
    }

    [Fact]
    public void Folds_the_flow_tree_by_name()
    {
        var tree = SyntheticRun.Digest().Tree;

        Assert.Contains(new FlowNameEdge("checkout/place_order", "orders/submit", 2), tree.Edges);
        Assert.Contains(new FlowNameEdge("orders/submit", "payments/charge", 2), tree.Edges);
        Assert.Equal(5, tree.Roots.Count);
        Assert.All(tree.Roots, r => Assert.StartsWith("ShopTests/", r.Key, System.StringComparison.Ordinal));
    }

    [Fact]
    public void Reads_run_facts_metrics_sources_and_the_tail()
    {
        var digest = SyntheticRun.Digest(new RunDigestOptions { TailEvents = 3 });

        Assert.Equal(("dotnet test Shop.Tests.csproj", "buildhost", "0.1.0"), (digest.Run.Command, digest.Run.Machine, digest.Run.FlowTestVersion));
        Assert.Equal((42L, 0L), (digest.Run.EventsWritten!.Value, digest.Run.EventsDropped!.Value));
        Assert.Equal(new[] { "api", "woven", "xunit" }, digest.Sources);
        var metric = Assert.Single(digest.Metrics);
        Assert.Equal(("payments/charge", "gateway_ms", "ms", 2L, 95.2, 1500.4), (metric.Flow, metric.Metric, metric.Unit, metric.Count, metric.Min, metric.Max));
        Assert.Equal(new[] { "flow.started", "flow.ended", "run.ended" }, digest.Tail.Select(r => r.Event));
    }

    [Fact]
    public void Keeps_the_first_and_the_most_recent_failures()
    {
        var digest = new RunDigest(new RunDigestOptions { FailureSamples = 3 });
        digest.Add(Started("job", "0000000000000001"));
        for (var i = 1; i <= 10; i++)
        {
            digest.Add(Failure("job", "0000000000000001", "DATA.EMPTY", "failure " + i));
        }

        Assert.Equal(10, digest.FailureCount);
        Assert.Equal(new[] { "failure 1", "failure 2", "failure 3" }, digest.FirstFailures.Select(f => f.Reason));
        Assert.Equal(new[] { "failure 8", "failure 9", "failure 10" }, digest.RecentFailures.Select(f => f.Reason));
        Assert.Equal(10, digest.FindFlow("job")!.FailureClasses.Single().Value);
    }

    [Fact]
    public void A_child_that_outlives_its_parent_still_finds_the_parent_name()
    {
        var digest = new RunDigest();
        digest.Add(Started("parent", "0000000000000001"));
        digest.Add(Ended("parent", "0000000000000001", FlowVerdict.Success, 1));
        digest.Add(Started("late-child", "0000000000000002", parentId: "0000000000000001"));

        Assert.Equal(new FlowNameEdge("parent", "late-child", 1), Assert.Single(digest.Tree.Edges));
        Assert.Equal(0, digest.ParentsOutsideTrace);
    }

    [Fact]
    public void A_parent_outside_the_trace_makes_the_flow_a_root()
    {
        var digest = new RunDigest();
        digest.Add(Started("remote-child", "0000000000000002", parentId: "00000000000000ff"));

        Assert.Equal("remote-child", Assert.Single(digest.Tree.Roots).Key);
        Assert.Equal(1, digest.ParentsOutsideTrace);
    }

    [Fact]
    public void Open_flow_tracking_is_bounded()
    {
        var digest = new RunDigest(new RunDigestOptions { MaxOpenFlows = 2 });
        for (var i = 1; i <= 5; i++)
        {
            digest.Add(Started("leak", "000000000000000" + i));
        }

        digest.Add(Ended("leak", "0000000000000005", FlowVerdict.Success, 1));

        Assert.Equal(2, digest.OpenFlowCount);
        Assert.Equal(3, digest.UntrackedStarts);
        Assert.Equal(1, digest.EndsWithoutStart);
        Assert.Equal(5, digest.FindFlow("leak")!.Started);
    }

    [Fact]
    public void Unknown_events_are_counted_and_otherwise_ignored()
    {
        var digest = new RunDigest();
        digest.Add(new TraceRecord { RunId = "r", Event = "flow.annotated", Flow = "x" });

        Assert.Equal((1L, 1L), (digest.Events, digest.UnknownEvents));
        Assert.Empty(digest.Flows);
    }

    [Fact]
    public void Long_payloads_are_capped_in_failures_and_in_the_tail()
    {
        var digest = new RunDigest(new RunDigestOptions { MaxPayloadChars = 50 });
        var payload = "{\"blob\":\"" + new string('b', 5000) + "\"}";
        digest.Add(Failure("job", "0000000000000001", "DATA", "too big", payload));

        Assert.Equal(50 + PayloadText.TruncationMarker.Length, digest.FirstFailures[0].PayloadJson!.Length);
        Assert.EndsWith(PayloadText.TruncationMarker, digest.Tail[0].PayloadJson, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Flow_events_without_a_name_land_in_the_no_flow_bucket()
    {
        var digest = new RunDigest();
        digest.Add(new TraceRecord { RunId = "r", Event = "flow.failure", Kind = EventKind.FlowFailure, FailureClass = "DATA", Reason = "orphan call" });

        Assert.Equal(RunDigest.NoFlowName, digest.FirstFailures[0].FlowName);
        Assert.NotNull(digest.FindFlow(RunDigest.NoFlowName));
    }

    [Fact]
    public void Metric_series_are_bounded()
    {
        var digest = new RunDigest(new RunDigestOptions { MaxMetricSeries = 1 });
        digest.Add(Metric("job", "0000000000000001", "a", "{\"value\":1}"));
        digest.Add(Metric("job", "0000000000000001", "b", "{\"value\":2}"));
        digest.Add(Metric("job", "0000000000000001", "c", "{\"unit\":\"ms\"}"));

        Assert.Equal("a", Assert.Single(digest.Metrics).Metric);
        Assert.Equal(1, digest.DroppedMetricEvents);
    }
}
