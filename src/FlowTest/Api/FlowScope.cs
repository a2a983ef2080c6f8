using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Threading;
using FlowTest.Context;
using FlowTest.Recording;

namespace FlowTest;

/// <summary>
/// A running flow, returned by <see cref="Flow.Start"/>. Disposing it ends the flow with its verdict:
/// the first failure or exception wins, then success; with none the verdict is
/// <see cref="FlowVerdict.Incomplete"/>. A flow may be ended on any thread.
/// </summary>
/// <remarks>Nothing here throws because of telemetry; when recording is off every method is a no-op.</remarks>
public sealed class FlowScope : IDisposable
{
    /// <summary>The shared scope returned while recording is off or the flow is filtered out.</summary>
    internal static readonly FlowScope Disabled = new();

    // Every field costs bytes on every flow (72 B per scope): the parent span id is derived, and
    // source, tags and correlation live in one labels object shared by untagged flows.
    private readonly FlowRecorder? _recorder;
    private readonly FlowLabels? _labels;
    private int _verdict;
    private int _ended;

    private FlowScope()
    {
        Name = "";
    }

    internal FlowScope(
        FlowRecorder recorder,
        string name,
        FlowScope? parent,
        FlowLabels labels,
        long startTimestamp)
    {
        _recorder = recorder;
        Name = name;
        Parent = parent;
        _labels = labels;
        SpanId = SpanIds.NewSpanId();
        StartTimestamp = startTimestamp;
    }

    /// <summary>The flow name, e.g. <c>orders/submit</c>.</summary>
    public string Name { get; }

    /// <summary>Whether this flow is being recorded (false while recording is off or filtered out).</summary>
    public bool IsRecording => _recorder is not null;

    /// <summary>The W3C span id of this flow (16 hex characters); empty when not recording.</summary>
    public string FlowId => _recorder is null ? "" : SpanIds.Format(SpanId);

    /// <summary>The span id of the parent flow, or <see langword="null"/> for a root flow.</summary>
    public string? ParentId => ParentSpanId == 0 ? null : SpanIds.Format(ParentSpanId);

    /// <summary>The verdict so far.</summary>
    public FlowVerdict Verdict => (FlowVerdict)Volatile.Read(ref _verdict);

    /// <summary>Whether the flow has ended.</summary>
    public bool IsEnded => Volatile.Read(ref _ended) != 0;

    /// <summary>Who started the flow: <c>api</c>, <c>woven</c>, <c>xunit</c>, <c>nunit</c>…</summary>
    internal string Source => _labels?.Source ?? FlowLabels.ApiSource;

    internal FlowScope? Parent { get; }

    internal ulong SpanId { get; }

    /// <summary>The parent flow's span id; for a root flow the caller's <c>traceparent</c> span, or 0.</summary>
    internal ulong ParentSpanId => Parent is { } parent ? parent.SpanId : _recorder?.Identity.RootParentSpanId ?? 0;

    /// <summary>The <see cref="Stopwatch"/> timestamp of the <c>flow.started</c> event.</summary>
    internal long StartTimestamp { get; }

    internal IReadOnlyDictionary<string, string>? Tags => _labels?.Tags;

    internal IReadOnlyDictionary<string, string>? Correlation => _labels?.Correlation;

    internal FlowRecorder? Recorder => _recorder;

    /// <summary>Records that the flow reached a notable point.</summary>
    public void Checkpoint(string step, object? evidence = null, [CallerMemberName] string member = "", [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
        => _recorder?.Checkpoint(this, step, evidence, member, file, line);

    /// <summary>Records that the flow met its intent.</summary>
    public void Success(string? reason = null, object? evidence = null, [CallerMemberName] string member = "", [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        if (_recorder is null)
        {
            return;
        }

        OfferVerdict(FlowVerdict.Success);
        _recorder.Success(this, reason, evidence, member, file, line);
    }

    /// <summary>Records that the flow did not meet its intent. The first failure decides the verdict.</summary>
    /// <param name="failureClass">SYSTEM, DATA, CONTRACT, EXTERNAL or BUSINESS, optionally with a suffix (<c>DATA.EMPTY</c>).</param>
    /// <param name="reason">What went wrong, in one line.</param>
    /// <param name="evidence">Small facts: counts, ids, shapes.</param>
    /// <param name="severity">How serious it is (default <see cref="FailureSeverity.Error"/>).</param>
    /// <param name="member">Filled in by the compiler.</param>
    /// <param name="file">Filled in by the compiler.</param>
    /// <param name="line">Filled in by the compiler.</param>
    public void Failure(string failureClass, string reason, object? evidence = null, FailureSeverity severity = FailureSeverity.Error, [CallerMemberName] string member = "", [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        if (_recorder is null)
        {
            return;
        }

        OfferVerdict(FlowVerdict.Failure);
        _recorder.Failure(this, failureClass, reason, evidence, severity, member, file, line);
    }

    /// <summary>Records an exception against the flow; the flow's verdict becomes exception unless it already failed.</summary>
    public void RecordException(Exception exception, [CallerMemberName] string member = "", [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        if (_recorder is null || exception is null)
        {
            return;
        }

        OfferVerdict(FlowVerdict.Exception);
        _recorder.Exception(this, exception, member, file, line);
    }

    /// <summary>Records a scalar measurement.</summary>
    public void Metric(string name, double value, string? unit = null, [CallerMemberName] string member = "", [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
        => _recorder?.Metric(this, name, value, unit, member, file, line);

    /// <summary>Ends the flow with its verdict. Later calls do nothing.</summary>
    public void Dispose()
    {
        if (_recorder is not null)
        {
            End(null);
        }
    }

    /// <summary>Ends the flow; <paramref name="verdict"/> overrides the recorded one when given (test adapters).</summary>
    internal void End(FlowVerdict? verdict)
    {
        if (_recorder is null || Interlocked.Exchange(ref _ended, 1) != 0)
        {
            return;
        }

        if (verdict is { } forced)
        {
            Volatile.Write(ref _verdict, (int)forced);
        }

        var now = Stopwatch.GetTimestamp();
        var durationMs = (now - StartTimestamp) * 1000.0 / Stopwatch.Frequency;
        _recorder.End(this, Verdict, durationMs, now);
        FlowContext.RestoreAfter(this);
    }

    /// <summary>First failure or exception wins; success only replaces "no verdict yet".</summary>
    internal void OfferVerdict(FlowVerdict verdict)
    {
        while (true)
        {
            var current = Volatile.Read(ref _verdict);
            var decided = VerdictRules.Combine((FlowVerdict)current, verdict);
            if ((int)decided == current || Interlocked.CompareExchange(ref _verdict, (int)decided, current) == current)
            {
                return;
            }
        }
    }
}
