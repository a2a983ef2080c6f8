using System;
using System.ComponentModel;
using FlowTest.Context;
using FlowTest.Recording;

namespace FlowTest.Woven;

/// <summary>
/// The runtime entry points that build-time weaving inserts into <c>[Flow]</c> methods.
/// Called by woven code; not for direct use: signatures follow what the IL needs, not what reads well.
/// </summary>
/// <remarks>
/// Woven code first asks <see cref="ShouldRecord"/>; only when it is true does it build the argument
/// array and call <see cref="Start"/>, so a woven method costs one property read and allocates
/// nothing while recording is off. Every other entry point accepts a <see langword="null"/> scope
/// and then does nothing. Nothing here throws into user code.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static partial class WovenFlow
{
    /// <summary>The <c>source</c> of every event woven code records.</summary>
    public const string Source = "woven";

    /// <summary>
    /// Whether a flow named <paramref name="name"/> would be recorded (recording on, and the flow not
    /// excluded by profile or catalog), so woven code builds no argument array for a flow that is
    /// dropped anyway. Called by woven code; not for direct use.
    /// </summary>
    public static bool ShouldRecord(string name)
    {
        var recorder = FlowRuntime.Recorder;
        return recorder is not null && recorder.ShouldRecordFlow(name);
    }

    /// <summary>
    /// Starts the flow of one call of a woven method; it becomes <see cref="Flow.Current"/> and nests
    /// under the flow that was current. Called by woven code; not for direct use.
    /// </summary>
    /// <param name="name">The flow name baked in at build time.</param>
    /// <param name="tags">The attribute's tags joined with <c>\n</c> (<c>key=value</c> or a bare tag), or null.</param>
    /// <param name="file">The method's source file, repo-relative where the build knew the root.</param>
    /// <param name="line">The line of the method's first statement.</param>
    /// <param name="member">The method name.</param>
    /// <param name="argumentLayout">The captured parameters' names joined with <c>,</c>; a leading <c>!</c> marks <c>[Redact]</c>.</param>
    /// <param name="arguments">The captured values in layout order, or null when arguments are not captured.</param>
    /// <returns>The running flow, or <see langword="null"/> when it is not recorded.</returns>
    public static FlowScope? Start(string name, string? tags, string? file, int line, string? member, string? argumentLayout, object?[]? arguments)
    {
        try
        {
            var recorder = FlowRuntime.Recorder;
            if (recorder is null)
            {
                return null;
            }

            var evidence = argumentLayout is null || arguments is null ? null : WovenArguments.ToEvidence(argumentLayout, arguments);
            var scope = recorder.StartFlow(name, Source, evidence, member, file, line, WovenTags.Parse(tags));
            return scope.IsRecording ? scope : null;
        }
        catch (Exception error)
        {
            FlowRuntime.ReportInternalError(error);
            return null;
        }
    }

    /// <summary>Ends the flow of a method without a judged result (void, or a result that cannot be read). Called by woven code; not for direct use.</summary>
    public static void End(FlowScope? scope)
    {
        if (scope is null)
        {
            return;
        }

        try
        {
            scope.OfferVerdict(FlowVerdict.Success);
            scope.End(null);
        }
        catch (Exception error)
        {
            FlowRuntime.ReportInternalError(error);
        }
    }

    /// <summary>
    /// Ends the flow with the verdict read from <paramref name="result"/> (SPEC §4); generic so a
    /// value-type result is never boxed. Called by woven code; not for direct use.
    /// </summary>
    public static void End<T>(FlowScope? scope, T result, WovenResultOptions options)
    {
        if (scope is null)
        {
            return;
        }

        try
        {
            if ((options & WovenResultOptions.CaptureReturnValue) != 0)
            {
                scope.Checkpoint("return", result, "", "", 0);
            }

            var verdict = (options & WovenResultOptions.ExitCode) != 0 && result is int code
                ? (code == 0 ? FlowVerdict.Success : FlowVerdict.Failure)
                : ResultVerdict<T>.Of(result);
            scope.OfferVerdict(verdict);
            scope.End(null);
        }
        catch (Exception error)
        {
            FlowRuntime.ReportInternalError(error);
            EndQuietly(scope);
        }
    }

    /// <summary>
    /// Records an exception escaping the woven method and ends its flow with verdict exception;
    /// the woven code then rethrows the same object. Called by woven code; not for direct use.
    /// </summary>
    public static void Fail(FlowScope? scope, Exception exception, string? member, string? file, int line)
    {
        if (scope is null)
        {
            return;
        }

        try
        {
            scope.RecordException(exception, member ?? "", file ?? "", line);
            scope.End(null);
        }
        catch (Exception error)
        {
            FlowRuntime.ReportInternalError(error);
            EndQuietly(scope);
        }
    }

    /// <summary>
    /// Called as an async or iterator kickoff method returns to its caller: the flow goes on in the
    /// state machine, and the caller's current flow is current again. Called by woven code; not for direct use.
    /// </summary>
    public static void Detach(FlowScope? scope)
    {
        if (scope is not null)
        {
            FlowContext.RestoreAfter(scope);
        }
    }

    /// <summary>
    /// Makes the flow current while an iterator produces its next item; returns the flow that was
    /// current, for <see cref="Restore"/>. Called by woven code; not for direct use.
    /// </summary>
    public static FlowScope? Attach(FlowScope? scope)
    {
        var previous = FlowContext.Current;
        if (scope is not null && !scope.IsEnded)
        {
            FlowContext.Current = scope;
        }

        return previous;
    }

    /// <summary>
    /// Gives the enumerating code back the flow that was current before <see cref="Attach"/> — which
    /// need not be the flow the iterator was created in. Called by woven code; not for direct use.
    /// </summary>
    public static void Restore(FlowScope? scope, FlowScope? previous)
    {
        if (scope is not null)
        {
            FlowContext.Current = previous;
        }
    }

    private static void EndQuietly(FlowScope scope)
    {
        try
        {
            scope.End(null);
        }
        catch (Exception)
        {
            // Already reported once; telemetry never throws into user code.
        }
    }
}
