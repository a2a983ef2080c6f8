namespace FlowTest.Model;

/// <summary>
/// Severity scale used by <c>min_severity</c> filters. Failures carry their own
/// <see cref="FailureSeverity"/>; checkpoints, metrics and successes are <see cref="Info"/>.
/// </summary>
internal enum EventSeverity : byte
{
    Debug = 0,
    Info = 1,
    Warn = 2,
    Error = 3,
    Critical = 4,
}
