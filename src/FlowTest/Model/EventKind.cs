namespace FlowTest.Model;

/// <summary>The <c>event</c> field of a trace line.</summary>
internal enum EventKind : byte
{
    RunStarted,
    RunEnded,
    FlowStarted,
    FlowCheckpoint,
    FlowSuccess,
    FlowFailure,
    FlowException,
    FlowMetric,
    FlowEnded,
}
