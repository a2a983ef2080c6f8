using System.Globalization;
using System.Linq;
using System.Threading;
using FlowTest.Artifacts.Digest;
using FlowTest.Artifacts.Rendering;
using FlowTest.Config;
using FlowTest.Reading;
using static FlowTest.Tests.Rendering.TestEvents;

namespace FlowTest.Tests.Rendering;

public sealed class RenderingRulesTests
{
    [Fact]
    public void Output_does_not_depend_on_the_current_culture()
    {
        string RenderIn(string culture)
        {
            var saved = Thread.CurrentThread.CurrentCulture;
            Thread.CurrentThread.CurrentCulture = new CultureInfo(culture);
            try
            {
                return SummaryRenderer.Render(SyntheticRun.Header, SyntheticRun.Digest(), SyntheticRun.Catalog, SyntheticRun.Performance)
                    + AskRenderer.Render(SyntheticRun.Header, SyntheticRun.Digest(), SyntheticRun.Catalog, 50, 100_000, SyntheticRun.Performance);
            }
            finally
            {
                Thread.CurrentThread.CurrentCulture = saved;
            }
        }

        var invariant = RenderIn("");
        Assert.Equal(invariant, RenderIn("de-DE"));
        Assert.Equal(invariant, RenderIn("ar-SA"));
        Assert.Contains("1.55 s", invariant, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Hostile_names_and_reasons_cannot_break_the_markdown()
    {
        var digest = new RunDigest();
        digest.Add(Started("evil|name`x", "0000000000000001"));
        digest.Add(Failure("evil|name`x", "0000000000000001", "DATA", "line one\n## Injected heading <script>alert(1)</script> *bold* [link](http://x)"));
        digest.Add(Ended("evil|name`x", "0000000000000001", FlowVerdict.Failure, 3));

        var summary = SummaryRenderer.Render(new RunHeader { RunId = "r", Status = RunHeader.StatusFailed }, digest, FlowCatalog.Empty, new PerformanceConfig());

        Assert.DoesNotContain("\n## Injected", summary, System.StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", summary, System.StringComparison.Ordinal);
        Assert.Contains("\\<script\\>", summary, System.StringComparison.Ordinal);
        Assert.Contains("| `` evil\\|name`x `` |", summary, System.StringComparison.Ordinal);
        var row = summary.Split('\n').Single(l => l.StartsWith("| `` evil", System.StringComparison.Ordinal));
        Assert.Equal(10, row.Replace("\\|", "").Count(c => c == '|'));
    }

    [Fact]
    public void A_clean_run_says_so_in_every_section()
    {
        var digest = new RunDigest();
        digest.Add(Started("job", "0000000000000001"));
        digest.Add(Ended("job", "0000000000000001", FlowVerdict.Success, 12));

        var summary = SummaryRenderer.Render(new RunHeader { RunId = "r", Status = RunHeader.StatusPassed }, digest, FlowCatalog.Empty, new PerformanceConfig());
        var ask = AskRenderer.Render(new RunHeader { RunId = "r", Status = RunHeader.StatusPassed }, digest, FlowCatalog.Empty, 50, 10_000);

        Assert.StartsWith("# FlowTest run `r`: ✅ passed\n", summary, System.StringComparison.Ordinal);
        Assert.Contains("No failures or exceptions were recorded.", summary, System.StringComparison.Ordinal);
        Assert.Contains("## Latency outliers\n\nNone:", summary, System.StringComparison.Ordinal);
        Assert.Contains("## Incomplete flows\n\nNone:", summary, System.StringComparison.Ordinal);
        Assert.DoesNotContain("## Catalog checks", summary, System.StringComparison.Ordinal);
        Assert.Contains("No failure was recorded in this run.", ask, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_failing_verdict_without_failure_events_is_still_reported()
    {
        var digest = new RunDigest();
        digest.Add(Started("orders/submit", "0000000000000001", file: "src/Orders.cs"));
        digest.Add(Ended("orders/submit", "0000000000000001", FlowVerdict.Failure, 7));
        var header = new RunHeader { RunId = "r", Status = RunHeader.StatusFailed };

        var summary = SummaryRenderer.Render(header, digest, FlowCatalog.Empty, new PerformanceConfig());
        var ask = AskRenderer.Render(header, digest, FlowCatalog.Empty, 50, 10_000);

        Assert.Contains("| `orders/submit` | failure | 10:00:00.000 | 7 ms | `src/Orders.cs:10` | `0000000000000001` |", summary, System.StringComparison.Ordinal);
        Assert.Contains("- `orders/submit` ended `failure`, started at `src/Orders.cs:10`", ask, System.StringComparison.Ordinal);
        Assert.Contains("1. Start reading at `src/Orders.cs:10`.", ask, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Skipped_lines_and_dropped_events_are_reported_in_the_header()
    {
        var reader = new TraceReader();
        var text = "{\"run_id\":\"r\",\"event\":\"run.ended\",\"payload\":{\"events_dropped\":3}}\nnot json\n{\"run_id\":";
        var digest = RunDigest.From(reader.Read(new System.IO.MemoryStream(System.Text.Encoding.UTF8.GetBytes(text))));

        var summary = SummaryRenderer.Render(new RunHeader { RunId = "r", Status = RunHeader.StatusCrashed, ReadStats = reader.Stats }, digest, FlowCatalog.Empty, new PerformanceConfig());

        Assert.Contains("| events | 1 read · ⚠️ 2 lines skipped (1 malformed, 1 partial) |", summary, System.StringComparison.Ordinal);
        Assert.Contains("> ⚠️ The writer dropped 3 events", summary, System.StringComparison.Ordinal);
        Assert.StartsWith("# FlowTest run `r`: 💥 crashed", summary, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Many_failures_show_the_first_and_the_most_recent_with_the_gap_named()
    {
        var digest = new RunDigest(new RunDigestOptions { FailureSamples = 3 });
        digest.Add(Started("job", "0000000000000001"));
        for (var i = 1; i <= 8; i++)
        {
            digest.Add(Failure("job", "0000000000000001", "DATA", "failure " + i.ToString(CultureInfo.InvariantCulture)));
        }

        var summary = SummaryRenderer.Render(new RunHeader { RunId = "r", Status = RunHeader.StatusFailed }, digest, FlowCatalog.Empty, new PerformanceConfig());
        var failures = summary.Split('\n').Where(l => l.StartsWith("- #", System.StringComparison.Ordinal)).Select(l => l.Split(' ')[1]);

        Assert.Equal(new[] { "#1", "#2", "#3", "#6", "#7", "#8" }, failures);
        Assert.Contains("8 failures and exceptions were recorded; the first and the most recent are listed.", summary, System.StringComparison.Ordinal);
        Assert.Contains("_2 failures in between not shown; see trace.jsonl._", summary, System.StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_trace_still_renders()
    {
        var summary = SummaryRenderer.Render(new RunHeader { RunId = "r" }, new RunDigest(), FlowCatalog.Empty, new PerformanceConfig());
        var ask = AskRenderer.Render(new RunHeader { RunId = "r" }, new RunDigest(), FlowCatalog.Empty, 50, 10_000);

        Assert.Contains("No flows were recorded.", summary, System.StringComparison.Ordinal);
        Assert.Contains("(no flows recorded)", ask, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Open_flows_of_a_running_run_are_not_called_orphans()
    {
        var digest = new RunDigest();
        digest.Add(Started("job", "0000000000000001"));

        var summary = SummaryRenderer.Render(new RunHeader { RunId = "r", Status = RunHeader.StatusRunning }, digest, FlowCatalog.Empty, new PerformanceConfig());

        Assert.Contains("Still open (the run is still running): 1.", summary, System.StringComparison.Ordinal);
        Assert.DoesNotContain("orphaned", summary, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("DATA", "DATA", true)]
    [InlineData("DATA", "DATA.EMPTY", true)]
    [InlineData("DATA.EMPTY", "DATA.EMPTY", true)]
    [InlineData("DATA.EMPTY", "DATA", false)]
    [InlineData("DATA.EMPTY", "DATA.EMPTY_ROWS", false)]
    [InlineData("DATA", "DATABASE", false)]
    [InlineData("EXTERNAL.TIMEOUT", "BUSINESS.OUT_OF_STOCK", false)]
    public void A_declared_class_covers_itself_and_its_suffixes(string declared, string recorded, bool covered)
    {
        var definition = new FlowDefinition { Id = "f", FailureClasses = new[] { declared } };

        Assert.Equal(covered, DeclaredFailureClasses.IsDeclared(definition, recorded));
    }

    [Fact]
    public void Flows_that_declare_no_classes_are_not_checked()
    {
        Assert.True(DeclaredFailureClasses.IsDeclared(null, "ANYTHING"));
        Assert.True(DeclaredFailureClasses.IsDeclared(new FlowDefinition { Id = "f" }, "ANYTHING"));
    }

    [Fact]
    public void The_sla_override_wins_over_the_catalog()
    {
        Assert.Equal(800, FlowSla.P95Ms("payments/charge", SyntheticRun.Catalog, SyntheticRun.Performance));
        Assert.Equal(1000, FlowSla.P95Ms("orders/submit", SyntheticRun.Catalog, SyntheticRun.Performance));
        Assert.Null(FlowSla.P95Ms("cart/validate", SyntheticRun.Catalog, SyntheticRun.Performance));
        Assert.Equal(1000, FlowSla.LargestBucketMs(new PerformanceConfig()));
        Assert.Null(FlowSla.LargestBucketMs(new PerformanceConfig { LatencyBucketsMs = new double[0] }));
    }

    [Fact]
    public void Outliers_name_the_limit_they_broke()
    {
        var digest = new RunDigest();
        for (var i = 0; i < 30; i++)
        {
            var id = (i + 1).ToString("x16", CultureInfo.InvariantCulture);
            digest.Add(Started("steady", id));
            digest.Add(Ended("steady", id, FlowVerdict.Success, i == 29 ? 90 : 10));
        }

        digest.Add(Started("slow", "00000000000000ff"));
        digest.Add(Ended("slow", "00000000000000ff", FlowVerdict.Success, 5000));

        var outliers = LatencyOutliers.Find(digest, name => name == "slow" ? 4000 : null, largestBucketMs: 10_000);

        Assert.Equal(new[] { ("slow", "SLA p95"), ("steady", "2× p95") }, outliers.Select(o => (o.Flow.Name, o.Limit)));
        Assert.Equal(20, outliers[1].LimitMs);
    }

    [Theory]
    [InlineData(0.42, "0.42 ms")]
    [InlineData(3.2, "3.2 ms")]
    [InlineData(12.34, "12.3 ms")]
    [InlineData(999.94, "999.9 ms")]
    [InlineData(1552, "1.55 s")]
    [InlineData(59_990, "59.99 s")]
    [InlineData(125_000, "2 min 05 s")]
    public void Durations_read_naturally(double ms, string text)
    {
        Assert.Equal(text, DisplayFormat.Duration(ms));
    }

    [Fact]
    public void Percentages_never_round_up_to_a_full_success()
    {
        Assert.Equal("99%", DisplayFormat.Percent(0.999));
        Assert.Equal("100%", DisplayFormat.Percent(1));
        Assert.Equal("67%", DisplayFormat.Percent(2d / 3));
    }
}
