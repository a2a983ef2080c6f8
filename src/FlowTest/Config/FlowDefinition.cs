using System.Collections.Generic;

namespace FlowTest.Config;

/// <summary>
/// One entry of the flow catalog <c>.flowtest/flows.yaml</c>, with the catalog's <c>defaults</c>
/// already merged in (tags and correlation keys are the defaults followed by the flow's own).
/// </summary>
internal sealed record FlowDefinition
{
    public string Id { get; init; } = "";

    public bool Enabled { get; init; } = true;

    public string? Description { get; init; }

    public string? Parent { get; init; }

    public IReadOnlyList<string> SuccessCriteria { get; init; } = new string[0];

    public IReadOnlyList<string> FailureClasses { get; init; } = new string[0];

    public IReadOnlyList<string> CorrelationKeys { get; init; } = new string[0];

    public IReadOnlyList<string> CodeRefs { get; init; } = new string[0];

    public double? SlaP95Ms { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = new string[0];

    /// <summary>What to do when the flow fails (the seed's <c>generate_prompt</c>); free text, informational.</summary>
    public string? OnFailure { get; init; }
}
