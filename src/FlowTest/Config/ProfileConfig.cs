using System.Collections.Generic;
using FlowTest.Model;

namespace FlowTest.Config;

/// <summary>A named recording profile: which flows and tags are recorded, and from which severity.</summary>
internal sealed record ProfileConfig
{
    /// <summary>Flow-name globs (<c>*</c> within a segment, <c>**</c> across segments).</summary>
    public IReadOnlyList<string> IncludeFlows { get; init; } = new[] { "**" };

    public IReadOnlyList<string> ExcludeFlows { get; init; } = new string[0];

    public IReadOnlyList<string> IncludeTags { get; init; } = new string[0];

    public EventSeverity MinSeverity { get; init; } = EventSeverity.Debug;
}
