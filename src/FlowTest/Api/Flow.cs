using System;
using System.Runtime.CompilerServices;
using FlowTest.Context;
using FlowTest.Recording;

namespace FlowTest;

/// <summary>
/// The FlowTest API: start flows, mark checkpoints, successes, failures and metrics.
/// </summary>
/// <example>
/// <code>
/// using (var flow = Flow.Start("orders/submit", new { orderId, items = lines.Count }))
/// {
///     Flow.Checkpoint("validated", new { rows = 300 });
///     if (rows == 0) Flow.Failure("DATA.EMPTY", "no candles", new { ticker });
///     else Flow.Success("ack received", new { ack.OrderId });
/// }
/// </code>
/// </example>
/// <remarks>
/// Nothing here throws because of telemetry. With no current flow, checkpoints and verdicts go to
/// an implicit per-run <c>(no flow)</c> flow. Recording starts on first use: the run directory is
/// created under <c>.flowtest/runs/</c> and finished when the process exits.
/// </remarks>
public static class Flow
{
    /// <summary>The flow of the current async/thread context, or <see langword="null"/>.</summary>
    public static FlowScope? Current => FlowContext.Current;

    /// <summary>Whether recording is on for this process.</summary>
    public static bool IsEnabled => FlowRuntime.Recorder is not null;

    /// <summary>The run this process records into, or <see langword="null"/> while recording is off.</summary>
    public static string? RunId => FlowRuntime.Recorder?.Identity.RunId;

    /// <summary>The run directory, or <see langword="null"/> while recording is off or the directory is unusable.</summary>
    public static string? RunDirectory => FlowRuntime.RunDirectory;

    /// <summary>
    /// Starts a flow; it becomes <see cref="Current"/> and its parent is the flow that was current.
    /// Dispose the returned scope to end it.
    /// </summary>
    /// <param name="name">Path-like flow name, verbs last: <c>orders/submit</c>.</param>
    /// <param name="evidence">Small facts about the input: an anonymous object or a dictionary.</param>
    /// <param name="member">Filled in by the compiler.</param>
    /// <param name="file">Filled in by the compiler.</param>
    /// <param name="line">Filled in by the compiler.</param>
    public static FlowScope Start(string name, object? evidence = null, [CallerMemberName] string member = "", [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        // Small enough to inline: with recording off a disabled start is one read and a return.
        var recorder = FlowRuntime.Recorder;
        return recorder is null ? FlowScope.Disabled : StartRecorded(recorder, name, evidence, member, file, line);
    }

    /// <summary>Records that the current flow reached a notable point.</summary>
    public static void Checkpoint(string step, object? evidence = null, [CallerMemberName] string member = "", [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
        => Target()?.Checkpoint(step, evidence, member, file, line);

    /// <summary>Records that the current flow met its intent.</summary>
    public static void Success(string? reason = null, object? evidence = null, [CallerMemberName] string member = "", [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
        => Target()?.Success(reason, evidence, member, file, line);

    /// <summary>Records that the current flow did not meet its intent; the first failure decides the verdict.</summary>
    /// <param name="failureClass">SYSTEM, DATA, CONTRACT, EXTERNAL or BUSINESS, optionally with a suffix (<c>DATA.EMPTY</c>).</param>
    /// <param name="reason">What went wrong, in one line.</param>
    /// <param name="evidence">Small facts: counts, ids, shapes.</param>
    /// <param name="severity">How serious it is (default <see cref="FailureSeverity.Error"/>).</param>
    /// <param name="member">Filled in by the compiler.</param>
    /// <param name="file">Filled in by the compiler.</param>
    /// <param name="line">Filled in by the compiler.</param>
    public static void Failure(string failureClass, string reason, object? evidence = null, FailureSeverity severity = FailureSeverity.Error, [CallerMemberName] string member = "", [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
        => Target()?.Failure(failureClass, reason, evidence, severity, member, file, line);

    /// <summary>Records an exception against the current flow.</summary>
    public static void RecordException(Exception exception, [CallerMemberName] string member = "", [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
        => Target()?.RecordException(exception, member, file, line);

    /// <summary>Records a scalar measurement on the current flow.</summary>
    public static void Metric(string name, double value, string? unit = null, [CallerMemberName] string member = "", [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
        => Target()?.Metric(name, value, unit, member, file, line);

    /// <summary>Writes every event recorded so far to disk. Returns <see langword="false"/> if that timed out.</summary>
    public static bool Flush() => FlowRuntime.Recorder?.Flush(TimeSpan.FromSeconds(10)) ?? true;

    private static FlowScope StartRecorded(FlowRecorder recorder, string name, object? evidence, string member, string file, int line)
    {
        try
        {
            return recorder.StartFlow(name ?? "(unnamed)", FlowLabels.ApiSource, evidence, member, file, line);
        }
        catch (Exception error)
        {
            FlowRuntime.ReportInternalError(error);
            return FlowScope.Disabled;
        }
    }

    private static FlowScope? Target()
    {
        var recorder = FlowRuntime.Recorder;
        if (recorder is null)
        {
            return null;
        }

        var current = FlowContext.Current;
        if (current is not null && ReferenceEquals(current.Recorder, recorder))
        {
            return current;
        }

        try
        {
            return recorder.NoFlow;
        }
        catch (Exception error)
        {
            FlowRuntime.ReportInternalError(error);
            return null;
        }
    }
}
