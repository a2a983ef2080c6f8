namespace FlowTest.Artifacts.Digest;

/// <summary>A flow that took longer than it should have, and the limit it broke.</summary>
/// <param name="Flow">The slow flow (its name, id, start location and duration).</param>
/// <param name="LimitMs">The limit it exceeded.</param>
/// <param name="Limit">Which limit: <c>SLA p95</c>, <c>2× p95</c> or <c>largest bucket</c>.</param>
internal sealed record LatencyOutlier(FlowSighting Flow, double LimitMs, string Limit);
