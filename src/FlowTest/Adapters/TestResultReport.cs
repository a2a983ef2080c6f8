using System;

namespace FlowTest.Adapters;

/// <summary>What a test adapter reports about a finished test; turned into events and a verdict.</summary>
internal sealed record TestResultReport
{
    /// <summary>A passed test without output: the common case, shared rather than allocated per test.</summary>
    public static TestResultReport Passed { get; } = new() { Outcome = TestOutcome.Passed };

    public TestOutcome Outcome { get; init; }

    /// <summary>The exception that failed the test, when the framework hands it over (xUnit does).</summary>
    public Exception? Exception { get; init; }

    /// <summary>Full type name of the failing exception when only text is known (NUnit).</summary>
    public string? ExceptionType { get; init; }

    /// <summary>Failure message or skip reason.</summary>
    public string? Message { get; init; }

    public string? StackTrace { get; init; }

    /// <summary>Whether the failure is an assertion (verdict failure) rather than an error (verdict exception).</summary>
    public bool IsAssertionFailure { get; init; }

    /// <summary>What the test wrote to its output helper / console.</summary>
    public string? Output { get; init; }
}
