using System;

namespace FlowTest.Cli.Export;

/// <summary>
/// An export format fed by <see cref="FlowSpanTracker"/> as the trace streams by: lanes as they
/// appear, instants as they happen, flows when they end. Formats that must group (JUnit,
/// Mermaid) buffer only what they print.
/// </summary>
internal interface IExportFormat
{
    void Begin(string runId, DateTimeOffset origin);

    void OnLane(int lane, string name);

    void OnMark(CheckpointMark mark);

    void OnFlow(FlowSpan flow);

    void End();
}
