using System.Collections.Generic;
using FlowTest.Model;

namespace FlowTest.Config;

/// <summary>The <c>filters</c> section: applied on top of the active profile.</summary>
internal sealed record FiltersConfig
{
    public IReadOnlyList<string> IncludeTags { get; init; } = new string[0];

    public IReadOnlyList<string> ExcludeTags { get; init; } = new string[0];

    public IReadOnlyList<string> IncludeFlows { get; init; } = new string[0];

    public IReadOnlyList<string> ExcludeFlows { get; init; } = new string[0];

    public EventSeverity MinSeverity { get; init; } = EventSeverity.Debug;
}
