using System;
using System.Collections.Generic;
using FlowTest.Cli.Export;

namespace FlowTest.Cli.Tests.Export;

/// <summary>A small run as exporters see it: two xUnit test flows (one failing), a child flow, an API root flow, instants.</summary>
internal static class SampleFlows
{
    public static readonly DateTimeOffset Origin = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);

    public static void Feed(IExportFormat format)
    {
        format.Begin("20261122T100000Z-a1b2c3", Origin);
        format.OnLane(1, "OrderTests/Submits_order");
        format.OnMark(new CheckpointMark("OrderTests/Submits_order", "flow.checkpoint", "validated", Origin.AddMilliseconds(2), 1, "{\"rows\":300}"));
        format.OnFlow(new FlowSpan
        {
            Name = "orders/submit", FlowId = "00000000000000c1", ParentId = "00000000000000a1", Source = "woven",
            Start = Origin.AddMilliseconds(1), End = Origin.AddMilliseconds(4), DurationMs = 3, Verdict = FlowVerdict.Success, Lane = 1,
        });
        format.OnFlow(new FlowSpan
        {
            Name = "OrderTests/Submits_order", FlowId = "00000000000000a1", Source = "xunit", IsRoot = true,
            Start = Origin, End = Origin.AddMilliseconds(10), DurationMs = 10, Verdict = FlowVerdict.Success, Lane = 1,
            File = "tests/Shop.Tests/OrderTests.cs", Line = 12,
            Tags = new Dictionary<string, string> { ["assembly"] = "Shop.Tests", ["class"] = "OrderTests", ["method"] = "Submits_order" },
        });
        format.OnLane(2, "OrderTests/Rejects_empty");
        format.OnMark(new CheckpointMark("OrderTests/Rejects_empty", "flow.failure", "DATA.EMPTY", Origin.AddMilliseconds(12), 2, null));
        format.OnFlow(new FlowSpan
        {
            Name = "OrderTests/Rejects_empty", FlowId = "00000000000000b1", Source = "xunit", IsRoot = true,
            Start = Origin.AddMilliseconds(11), End = Origin.AddMilliseconds(20), DurationMs = 9, Verdict = FlowVerdict.Failure, Lane = 2,
            File = "tests/Shop.Tests/OrderTests.cs", Line = 30,
            Failure = new FailureNote("DATA.EMPTY", "no \"candles\" <for> AAPL, sorry", "src/Shop/Orders.cs", 50, null),
            Tags = new Dictionary<string, string> { ["assembly"] = "Shop.Tests", ["class"] = "OrderTests", ["method"] = "Rejects_empty" },
        });
        format.OnLane(3, "warmup");
        format.OnFlow(new FlowSpan
        {
            Name = "warmup", FlowId = "00000000000000d1", Source = "api", IsRoot = true,
            Start = Origin.AddMilliseconds(21), End = Origin.AddMilliseconds(22), DurationMs = 1, Verdict = FlowVerdict.Success, Lane = 3,
        });
        format.End();
    }
}
