using System.Collections.Generic;

namespace FlowTest.Context;

/// <summary>
/// The tags and correlation ids of a flow. Only test adapters and woven code with <c>Tags</c> set
/// them, so a flow holds one optional reference instead of two (a smaller scope for every flow).
/// </summary>
internal sealed class FlowLabels
{
    public FlowLabels(IReadOnlyDictionary<string, string>? tags, IReadOnlyDictionary<string, string>? correlation)
    {
        Tags = tags;
        Correlation = correlation;
    }

    public IReadOnlyDictionary<string, string>? Tags { get; }

    public IReadOnlyDictionary<string, string>? Correlation { get; }

    /// <summary>The labels to keep, or <see langword="null"/> when there are none.</summary>
    public static FlowLabels? Of(IReadOnlyDictionary<string, string>? tags, IReadOnlyDictionary<string, string>? correlation) =>
        tags is null && correlation is null ? null : new FlowLabels(tags, correlation);
}
