using System.Collections.Generic;

namespace FlowTest.Context;

/// <summary>
/// What a flow says about where it comes from: its source (<c>api</c>, <c>woven</c>, <c>xunit</c>…),
/// tags and correlation ids. Kept out of <see cref="FlowScope"/>'s own fields so the scope stays small:
/// flows without tags share one instance per source and allocate nothing for it.
/// </summary>
internal sealed class FlowLabels
{
    public const string ApiSource = "api";
    public const string WovenSource = "woven";

    private static readonly FlowLabels ApiOnly = new(ApiSource, null, null);
    private static readonly FlowLabels WovenOnly = new(WovenSource, null, null);

    private FlowLabels(string source, IReadOnlyDictionary<string, string>? tags, IReadOnlyDictionary<string, string>? correlation)
    {
        Source = source;
        Tags = tags;
        Correlation = correlation;
    }

    public string Source { get; }

    public IReadOnlyDictionary<string, string>? Tags { get; }

    public IReadOnlyDictionary<string, string>? Correlation { get; }

    /// <summary>The labels of a new flow; shared (not allocated) for untagged <c>api</c> and <c>woven</c> flows.</summary>
    public static FlowLabels Of(string source, IReadOnlyDictionary<string, string>? tags, IReadOnlyDictionary<string, string>? correlation)
    {
        if (tags is null && correlation is null)
        {
            switch (source)
            {
                case ApiSource: return ApiOnly;
                case WovenSource: return WovenOnly;
            }
        }

        return new FlowLabels(source, tags, correlation);
    }
}
