using System;

namespace FlowTest.Cli.Export;

/// <summary>An instant inside a flow: a checkpoint, metric, success, failure or exception event.</summary>
internal sealed record CheckpointMark(string FlowName, string Event, string Label, DateTimeOffset At, int Lane, string? PayloadJson);
