using System;
using System.Threading;
using FlowTest.Diagnostics;
using FlowTest.Model;
using FlowTest.Writing;

namespace FlowTest.Recording;

internal sealed partial class FlowRecorder
{
    public void Checkpoint(FlowScope flow, string step, object? evidence, string? member, string? file, int line)
    {
        if (!_filter.ShouldRecordSeverity(EventSeverity.Info))
        {
            return;
        }

        if (RunHasEnded())
        {
            return;
        }

        ref var slot = ref _queue.Claim(out var ticket);
        Fill(ref slot, EventKind.FlowCheckpoint, flow, member, file, line);
        slot.Step = step;
        slot.Payload = CaptureSafely(evidence);
        _queue.Publish(ref slot, ticket);
    }

    public void Success(FlowScope flow, string? reason, object? evidence, string? member, string? file, int line)
    {
        if (!_filter.ShouldRecordSeverity(EventSeverity.Info))
        {
            return;
        }

        if (RunHasEnded())
        {
            return;
        }

        ref var slot = ref _queue.Claim(out var ticket);
        Fill(ref slot, EventKind.FlowSuccess, flow, member, file, line);
        slot.Text = reason;
        slot.Payload = CaptureSafely(evidence);
        _queue.Publish(ref slot, ticket);
    }

    public void Failure(FlowScope flow, string failureClass, string reason, object? evidence, FailureSeverity severity, string? member, string? file, int line)
    {
        var eventSeverity = (EventSeverity)(int)severity;
        if (!_filter.ShouldRecordSeverity(eventSeverity))
        {
            return;
        }

        if (RunHasEnded())
        {
            return;
        }

        ref var slot = ref _queue.Claim(out var ticket);
        Fill(ref slot, EventKind.FlowFailure, flow, member, file, line);
        slot.FailureClass = string.IsNullOrEmpty(failureClass) ? FailureClass.Business : failureClass;
        slot.Severity = eventSeverity;
        slot.Text = reason ?? "";
        slot.Payload = CaptureSafely(evidence);
        _queue.Publish(ref slot, ticket);
    }

    public void Exception(FlowScope flow, Exception exception, string? member, string? file, int line)
    {
        var snapshot = ExceptionSnapshot.Capture(exception);
        if (RunHasEnded())
        {
            return;
        }

        ref var slot = ref _queue.Claim(out var ticket);
        Fill(ref slot, EventKind.FlowException, flow, member, file, line);
        slot.Severity = EventSeverity.Error;
        slot.Exception = snapshot;
        _queue.Publish(ref slot, ticket);
    }

    public void Metric(FlowScope flow, string name, double value, string? unit, string? member, string? file, int line)
    {
        if (!_filter.ShouldRecordSeverity(EventSeverity.Info))
        {
            return;
        }

        if (RunHasEnded())
        {
            return;
        }

        ref var slot = ref _queue.Claim(out var ticket);
        Fill(ref slot, EventKind.FlowMetric, flow, member, file, line);
        slot.Step = name;
        slot.Number = value;
        slot.Unit = unit;
        _queue.Publish(ref slot, ticket);
    }

    public void End(FlowScope flow, FlowVerdict verdict, double durationMs, long timestamp)
    {
        if (RunHasEnded())
        {
            return;
        }

        ref var slot = ref _queue.Claim(out var ticket);
        Fill(ref slot, EventKind.FlowEnded, flow, null, null, 0, timestamp);
        slot.Verdict = verdict;
        slot.Number = durationMs;
        _queue.Publish(ref slot, ticket);
    }

    /// <summary>
    /// Whether the writer has stopped: an event now cannot be written, so it is counted and reported
    /// once (never a silent loss, never a hang on a ring nobody drains).
    /// </summary>
    private bool RunHasEnded()
    {
        if (!_queue.IsClosed)
        {
            return false;
        }

        if (Interlocked.Increment(ref _eventsAfterEnd) == 1)
        {
            Warnings.Report(RuntimeWarning.EventsAfterRunEnded, "events recorded after this process left run " + Identity.RunId + " were not written (a thread still logging after the program or test host finished?)");
        }

        return true;
    }

    /// <summary>Writes a <c>run.started</c> or <c>run.ended</c> event.</summary>
    public void RunEvent(EventKind kind, object? payload)
    {
        if (RunHasEnded())
        {
            return;
        }

        ref var slot = ref _queue.Claim(out var ticket);
        Fill(ref slot, kind, null, null, null, 0);
        slot.Payload = CaptureSafely(payload);
        _queue.Publish(ref slot, ticket);
    }
}
