namespace FlowTest.Artifacts.Digest;

/// <summary>One flow instance as the digest remembers it: enough to name it, place it and point at its code.</summary>
internal sealed record FlowSighting
{
    public string Name { get; init; } = "";

    public string? FlowId { get; init; }

    public string? ParentId { get; init; }

    /// <summary>1-based order of its <c>flow.started</c> among all starts of the run.</summary>
    public long StartOrder { get; init; }

    public string? StartedAt { get; init; }

    /// <summary><c>file:line</c> of the <c>flow.started</c> event, when known.</summary>
    public string? Location { get; init; }

    public double? DurationMs { get; init; }

    public FlowVerdict? Verdict { get; init; }
}
