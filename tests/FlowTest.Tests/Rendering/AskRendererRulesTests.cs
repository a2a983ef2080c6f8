using System.Text;
using FlowTest.Artifacts.Digest;
using FlowTest.Artifacts.Rendering;
using FlowTest.Config;
using static FlowTest.Tests.Rendering.TestEvents;

namespace FlowTest.Tests.Rendering;

public sealed class AskRendererRulesTests
{
    private static string Render(int maxBytes, int tail = 50) =>
        AskRenderer.Render(SyntheticRun.Header, SyntheticRun.Digest(), SyntheticRun.Catalog, tail, maxBytes, SyntheticRun.Performance);

    [Fact]
    public void Under_a_tight_cap_the_oldest_tail_events_go_first_and_the_file_says_so()
    {
        var full = Render(1_000_000);
        var capped = Render(Encoding.UTF8.GetByteCount(full) - 2000);

        Assert.True(Encoding.UTF8.GetByteCount(capped) <= Encoding.UTF8.GetByteCount(full) - 2000);
        Assert.Contains("events before these were left out to keep this file under", capped, System.StringComparison.Ordinal);
        Assert.Contains("\"event\":\"run.ended\"", capped, System.StringComparison.Ordinal);
        Assert.Contains("### 4. BUSINESS.OUT_OF_STOCK", capped, System.StringComparison.Ordinal);
        Assert.Contains("## Asks", capped, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(AskRenderer.MinBytes)]
    [InlineData(5000)]
    [InlineData(8000)]
    [InlineData(12000)]
    public void The_cap_is_never_exceeded_and_the_asks_always_survive(int maxBytes)
    {
        var ask = Render(maxBytes);

        Assert.InRange(Encoding.UTF8.GetByteCount(ask), 1, maxBytes);
        Assert.StartsWith("# Diagnose FlowTest run", ask, System.StringComparison.Ordinal);
        Assert.Contains("## Asks", ask, System.StringComparison.Ordinal);
        Assert.Contains("### 1. System.TimeoutException in `payments/charge` (first failure)", ask, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Caps_below_the_minimum_are_raised_to_it()
    {
        Assert.Equal(Render(AskRenderer.MinBytes), Render(100));
    }

    [Fact]
    public void Only_the_requested_number_of_tail_events_is_shown()
    {
        var ask = Render(1_000_000, tail: 2);

        Assert.Contains("## Last 2 events", ask, System.StringComparison.Ordinal);
        Assert.DoesNotContain("events before these were left out", ask, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_large_payload_is_never_repeated_in_full()
    {
        var secretLookingBlob = new string('q', 20_000);
        var digest = new RunDigest();
        digest.Add(Started("job", "0000000000000001"));
        digest.Add(Failure("job", "0000000000000001", "DATA", "big", "{\"blob\":\"" + secretLookingBlob + "\"}"));

        var ask = AskRenderer.Render(new RunHeader { RunId = "r", Status = RunHeader.StatusFailed }, digest, FlowCatalog.Empty, 50, 1_000_000);
        var summary = SummaryRenderer.Render(new RunHeader { RunId = "r", Status = RunHeader.StatusFailed }, digest, FlowCatalog.Empty, new PerformanceConfig());

        Assert.DoesNotContain(new string('q', 1300), ask, System.StringComparison.Ordinal);
        Assert.DoesNotContain(new string('q', 400), summary, System.StringComparison.Ordinal);
        Assert.Contains(PayloadText.TruncationMarker, ask, System.StringComparison.Ordinal);
    }
}
