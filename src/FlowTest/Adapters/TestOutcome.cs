namespace FlowTest.Adapters;

/// <summary>How the runner saw a test end.</summary>
internal enum TestOutcome
{
    Passed,

    /// <summary>An assertion failed or an exception escaped (ctor, setup, body, teardown or dispose).</summary>
    Failed,

    /// <summary>Not run (skip/ignore) or not conclusive (NUnit Inconclusive, Assert.Ignore).</summary>
    Skipped,
}
