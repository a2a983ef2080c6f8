using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using FlowTest.Artifacts.Digest;
using FlowTest.Artifacts.Rendering;
using FlowTest.Config;

namespace FlowTest.Tests.Digest;

/// <summary>
/// Issue 4: the last test host digests the whole run, and a test run has one flow name per test.
/// What the digest retains must stop growing with distinct names.
/// </summary>
public sealed class RunDigestFootprintTests
{
    [Fact]
    public void Digest_of_20000_distinct_test_names_retains_state_bounded_by_its_options()
    {
        var options = RunDigestOptions.Default;

        var digest = DigestTestRun(tests: 20_000, options);

        var footprint = digest.Footprint;
        Assert.Equal(options.MaxFlowNames + 1, footprint.FlowNames); // the overflow row
        // One duration per name keeps one slot; the overflow row samples its many.
        Assert.InRange(footprint.DurationSlots, 0, options.MaxFlowNames + options.DurationSamplesPerFlow);
        Assert.InRange(footprint.IndexedFlows, 0, options.RecentlyEndedFlows);
        Assert.InRange(footprint.TreeLinks, 0, options.MaxTreeLinks);
        Assert.InRange(footprint.SlowestSightings, 0, (long)options.SlowestPerFlow * footprint.FlowNames);
        Assert.InRange(footprint.TailEvents, 0, options.TailEvents);
        Assert.Equal(10_000, digest.UntrackedFlowNames);
        Assert.Equal(20_000, digest.Verdicts.Total);
    }

    [Fact]
    public void Retained_state_stops_growing_past_the_name_limit()
    {
        var options = new RunDigestOptions { MaxFlowNames = 500, MaxTreeLinks = 1_000 };

        // Both past every bound: the overflow row's sample and the ended-flow window are full.
        var smaller = DigestTestRun(tests: 6_000, options).Footprint;
        var larger = DigestTestRun(tests: 24_000, options).Footprint;

        // Only the overflow-name counter grows (bounded by its own cap); everything else is equal.
        Assert.Equal(smaller with { OverflowNameHashes = 0 }, larger with { OverflowNameHashes = 0 });
        Assert.Equal((5_500, 23_500), (smaller.OverflowNameHashes, larger.OverflowNameHashes));
    }

    [Fact]
    public void Flows_of_names_past_the_limit_share_one_row_and_the_summary_says_how_many()
    {
        var digest = DigestTestRun(tests: 5, new RunDigestOptions { MaxFlowNames = 2 });

        var overflow = digest.Flows.Last();
        var summary = SummaryRenderer.Render(new RunHeader { RunId = "r" }, digest, FlowCatalog.Empty, new PerformanceConfig());

        Assert.Equal(FlowNameRegistry.OverflowName(2), overflow.Name);
        Assert.Equal((3L, 3L), (overflow.Started, overflow.Verdicts.Total));
        Assert.Contains("_3 more flow names past the first 2 are counted together in the last row._", summary);
        Assert.Equal(3, digest.Flows.Count);
    }

    [Fact]
    public void A_failure_in_an_untracked_name_keeps_its_real_name()
    {
        var digest = DigestTestRun(tests: 4, new RunDigestOptions { MaxFlowNames = 1 });

        Assert.Equal(new[] { "Tests/Case0", "Tests/Case3" }, digest.FirstFailures.Select(f => f.FlowName));
    }

    [Fact]
    public void A_name_seen_once_keeps_a_few_duration_slots_not_the_whole_sample()
    {
        var once = new DurationReservoir(4096);
        var often = new DurationReservoir(4096);

        once.Add(1);
        for (var i = 0; i < 10_000; i++)
        {
            often.Add(i);
        }

        Assert.Equal(1, once.RetainedSlots);
        Assert.Equal(4096, often.RetainedSlots);
        Assert.Equal(10_000, often.Count);
    }

    /// <summary>A test run as the adapters write it: one root flow per test, each its own name, every third failing.</summary>
    private static RunDigest DigestTestRun(int tests, RunDigestOptions options)
    {
        var text = new StringBuilder();
        for (var test = 0; test < tests; test++)
        {
            var id = test.ToString("x16", CultureInfo.InvariantCulture);
            var name = "Tests/Case" + test.ToString(CultureInfo.InvariantCulture);
            var failed = test % 3 == 0;
            text.Append(Line("flow.started", name, id, ""));
            if (failed)
            {
                text.Append(Line("flow.failure", name, id, ",\"failure_class\":\"ASSERT.EQUAL\",\"reason\":\"expected 1\""));
            }

            text.Append(Line("flow.ended", name, id, ",\"verdict\":\"" + (failed ? "failure" : "success") + "\",\"duration_ms\":" + (test % 50).ToString(CultureInfo.InvariantCulture)));
        }

        var reader = new RunDigestReader(options, parallel: false);
        reader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text.ToString())));
        return reader.Digest;
    }

    private static string Line(string kind, string flow, string flowId, string rest) =>
        "{\"timestamp\":\"2026-11-22T10:00:00.000001Z\",\"run_id\":\"r\",\"event\":\"" + kind + "\",\"source\":\"xunit\",\"flow\":\"" + flow
        + "\",\"flow_id\":\"" + flowId + "\",\"parent_id\":null,\"node\":\"h/1\",\"seq\":1" + rest + "}\n";
}
