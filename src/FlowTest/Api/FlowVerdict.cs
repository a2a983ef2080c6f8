namespace FlowTest;

/// <summary>How a flow ended. Written as the lower-case name in <c>flow.ended</c> events.</summary>
public enum FlowVerdict
{
    /// <summary>The flow ended without a verdict (no success, failure or exception recorded).</summary>
    Incomplete = 0,

    /// <summary>The flow met its intent.</summary>
    Success = 1,

    /// <summary>The flow did not meet its intent (a business or data expectation failed).</summary>
    Failure = 2,

    /// <summary>An exception escaped the flow.</summary>
    Exception = 3,

    /// <summary>The flow was skipped (tests that were not run).</summary>
    Skipped = 4,
}
