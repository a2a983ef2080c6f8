using FlowTest.Adapters;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;

namespace FlowTest.NUnit;

/// <summary>
/// NUnit result → <see cref="TestResultReport"/>: Failed with label Error (or Cancelled) is an
/// exception, other failures are assertions (Assert.Multiple's message lists them all);
/// Ignored, Skipped, Inconclusive and Warning are skipped, as the VSTest adapter reports them.
/// </summary>
internal static class NUnitResults
{
    public static TestResultReport Report(ITestResult result)
    {
        var state = result.ResultState;
        var output = result is TestResult concrete ? concrete.Output : null;
        switch (state.Status)
        {
            case TestStatus.Passed:
                return string.IsNullOrEmpty(output) ? TestResultReport.Passed : new TestResultReport { Outcome = TestOutcome.Passed, Output = output };
            case TestStatus.Failed:
                var isError = state.Label == ResultState.Error.Label || state.Label == ResultState.Cancelled.Label;
                return new TestResultReport
                {
                    Outcome = TestOutcome.Failed,
                    IsAssertionFailure = !isError && state.Label != ResultState.NotRunnable.Label,
                    ExceptionType = isError ? ExceptionTypeOf(result.Message) : null,
                    Message = isError ? MessageWithoutType(result.Message) : result.Message,
                    StackTrace = result.StackTrace,
                    Output = output,
                };
            default:
                return new TestResultReport { Outcome = TestOutcome.Skipped, Message = result.Message, Output = output };
        }
    }

    /// <summary>NUnit writes errors as <c>System.InvalidOperationException : boom</c>.</summary>
    public static string? ExceptionTypeOf(string? message)
    {
        var separator = message?.IndexOf(" : ", System.StringComparison.Ordinal) ?? -1;
        return separator > 0 && message!.Substring(0, separator).IndexOf(' ') < 0 ? message.Substring(0, separator) : null;
    }

    private static string? MessageWithoutType(string? message) =>
        ExceptionTypeOf(message) is { } type ? message!.Substring(type.Length + 3) : message;
}
