using FlowTest.Model;

namespace FlowTest.Cli.Runs;

/// <summary>Verdicts as their wire names (<c>success</c>, <c>failure</c>, …).</summary>
internal static class FlowVerdicts
{
    public static string Name(FlowVerdict verdict) => TraceNames.VerdictName(verdict);

    /// <summary>Whether the verdict counts as a failure (failure or exception).</summary>
    public static bool IsFailing(FlowVerdict? verdict) => verdict is FlowVerdict.Failure or FlowVerdict.Exception;
}
