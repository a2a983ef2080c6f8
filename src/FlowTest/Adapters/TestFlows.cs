using System;
using System.Collections.Generic;
using FlowTest.Privacy;
using FlowTest.Recording;

namespace FlowTest.Adapters;

/// <summary>
/// Starts and ends test flows for the adapters: one root flow per test, named
/// <c>&lt;Class&gt;/&lt;Method&gt;</c>, tagged and correlated by test case id; at the end the
/// runner's result becomes events (output, failure or exception, skip reason) and the verdict.
/// </summary>
internal static class TestFlows
{
    /// <summary>Test output kept in the trace, in characters (the writer's payload limit still applies).</summary>
    public const int MaxOutputChars = 4000;

    // Flows of tests that started and have not ended yet (AbandonOpen ends them if the process goes away).
    // A set under a lock, not a ConcurrentDictionary<FlowScope, byte>: that instantiation is not precompiled
    // anywhere, so every test host JIT-compiled it on the first test and ran it unoptimized for the whole run.
    private static readonly HashSet<FlowScope> Open = new();
    private static readonly string[] DisplayNameField = { TestFlowTags.DisplayName };
    private static readonly bool[] DisplayNameRedaction = { false };

    /// <summary>Starts the flow of <paramref name="test"/> and makes it current; never throws.</summary>
    public static FlowScope Start(string source, TestIdentity test)
    {
        try
        {
            var recorder = FlowRuntime.Recorder;
            if (recorder is null)
            {
                return FlowScope.Disabled;
            }

            var flow = StartOn(recorder, source, test);
            if (flow.IsRecording)
            {
                lock (Open)
                {
                    Open.Add(flow);
                }
            }

            return flow;
        }
        catch (Exception error)
        {
            FlowRuntime.ReportInternalError(error);
            return FlowScope.Disabled;
        }
    }

    /// <summary>Starts the flow of <paramref name="test"/> on <paramref name="recorder"/> without tracking it as open (<see cref="TestHostRehearsal"/>).</summary>
    public static FlowScope StartOn(FlowRecorder recorder, string source, TestIdentity test) =>
        // Test flows are roots: whatever flow a runner thread might still see is not their parent.
        recorder.StartFlow(
            TestFlowNames.For(test.ClassName, test.MethodName),
            source,
            Evidence(test),
            test.MethodName,
            null,
            0,
            TestFlowTags.Build(test),
            TestFlowTags.Correlation(test),
            parent: null);

    /// <summary>Records <paramref name="result"/> on <paramref name="flow"/> and ends it with the test's verdict; never throws.</summary>
    public static void Finish(FlowScope flow, TestResultReport result)
    {
        if (!flow.IsRecording)
        {
            return;
        }

        try
        {
            RecordResult(flow, result);
        }
        catch (Exception error)
        {
            FlowRuntime.ReportInternalError(error);
        }
        finally
        {
            flow.End(TestVerdicts.From(result));
            lock (Open)
            {
                Open.Remove(flow);
            }
        }
    }

    /// <summary>Ends every test flow still open (the process is going away); they stay <c>incomplete</c>.</summary>
    public static void AbandonOpen(string why)
    {
        FlowScope[] open;
        lock (Open)
        {
            open = new FlowScope[Open.Count];
            Open.CopyTo(open);
            Open.Clear();
        }

        foreach (var flow in open)
        {
            try
            {
                flow.Checkpoint("abandoned", new Dictionary<string, object?> { ["reason"] = why }, flow.Name, "", 0);
                flow.End(FlowVerdict.Incomplete);
            }
            catch (Exception error)
            {
                FlowRuntime.ReportInternalError(error);
            }
        }
    }

    private static void RecordResult(FlowScope flow, TestResultReport result)
    {
        var member = flow.Name;
        if (!string.IsNullOrEmpty(result.Output))
        {
            var output = PrivacyPolicy.Truncate(result.Output!, MaxOutputChars, out _);
            flow.Checkpoint("output", new Dictionary<string, object?> { ["text"] = output }, member, "", 0);
        }

        switch (result.Outcome)
        {
            case TestOutcome.Skipped:
                flow.Checkpoint("skipped", new Dictionary<string, object?> { ["reason"] = result.Message ?? "" }, member, "", 0);
                break;
            case TestOutcome.Failed:
                RecordFailure(flow, result, member);
                break;
            default:
                break;
        }
    }

    private static void RecordFailure(FlowScope flow, TestResultReport result, string member)
    {
        var stack = result.StackTrace ?? SafeStackTrace(result.Exception);
        TestCodeLocation.TryFind(stack, out var file, out var line);
        if (result.IsAssertionFailure)
        {
            flow.Failure(TestVerdicts.AssertionFailureClass, result.Message ?? result.Exception?.Message ?? "assertion failed", null, FailureSeverity.Error, member, file, line);
        }
        else if (result.Exception is { } exception)
        {
            flow.RecordException(exception, member, file, line);
        }
        else
        {
            // Only the text of the error is known (NUnit): a failure event carries it, the verdict stays exception.
            var reason = string.IsNullOrEmpty(result.ExceptionType) ? result.Message ?? "error" : result.ExceptionType + ": " + result.Message;
            flow.Failure(FailureClass.System, reason, new Dictionary<string, object?> { ["stack"] = stack }, FailureSeverity.Error, member, file, line);
        }
    }

    private static object Evidence(TestIdentity test)
    {
        if (test.Arguments.Count == 0)
        {
            // Immutable, so the writer thread formats it later instead of the test's thread now.
            return new NamedValues(DisplayNameField, DisplayNameRedaction, new object?[] { test.DisplayName });
        }

        var arguments = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var argument in test.Arguments)
        {
            arguments[argument.Key] = argument.Value;
        }

        return new Dictionary<string, object?>(StringComparer.Ordinal) { [TestFlowTags.DisplayName] = test.DisplayName, ["arguments"] = arguments };
    }

    private static string? SafeStackTrace(Exception? exception)
    {
        try
        {
            return exception?.StackTrace;
        }
        catch (Exception)
        {
            return null;
        }
    }
}
