using System;
using System.Collections.Generic;
using FlowTest.Model;
using FlowTest.Reading;

namespace FlowTest.Artifacts.Digest;

/// <summary>A <c>flow.failure</c> or <c>flow.exception</c> event with the context needed to act on it.</summary>
internal sealed record FailureRecord
{
    private static readonly IReadOnlyDictionary<string, string> NoLabels = new Dictionary<string, string>(0);

    /// <summary><see cref="EventKind.FlowFailure"/> or <see cref="EventKind.FlowException"/>.</summary>
    public EventKind Kind { get; init; }

    /// <summary>1-based position among the run's failures and exceptions.</summary>
    public long Number { get; init; }

    public string? Timestamp { get; init; }

    public string FlowName { get; init; } = "";

    public string? FlowId { get; init; }

    /// <summary>Flow names from the outermost known ancestor down to this flow.</summary>
    public IReadOnlyList<string> Path { get; init; } = Array.Empty<string>();

    public string? FailureClass { get; init; }

    public string? Severity { get; init; }

    public string? Reason { get; init; }

    public string? Step { get; init; }

    public TraceExceptionInfo? Exception { get; init; }

    public TraceCodeLocation? Code { get; init; }

    /// <summary>Evidence as written (already redacted), capped in length.</summary>
    public string? PayloadJson { get; init; }

    public IReadOnlyList<string> RedactedFields { get; init; } = Array.Empty<string>();

    public IReadOnlyDictionary<string, string> Correlation { get; init; } = NoLabels;

    public bool IsException => Kind == EventKind.FlowException;

    /// <summary>The class for failures, the exception type for exceptions.</summary>
    public string Title => IsException
        ? Exception?.Type ?? FailureClass ?? "exception"
        : FailureClass ?? "failure";

    /// <summary>The throwing frame for exceptions when known, else where the event was recorded.</summary>
    public string? Location =>
        (IsException ? TraceLocationText.Format(Exception?.File, Exception?.Line) : null) ?? Code?.FileAndLine;
}
