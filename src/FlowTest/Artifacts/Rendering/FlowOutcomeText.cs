using System.Collections.Generic;
using FlowTest.Artifacts.Digest;

namespace FlowTest.Artifacts.Rendering;

/// <summary>Short words for how the flows of one name went, shared by the tree drawings.</summary>
internal static class FlowOutcomeText
{
    /// <summary><c>3×</c>, or <c>3× · 1 failure, 1 never ended</c> when not all went well.</summary>
    public static string Describe(FlowNameStats flow) => Describe(flow, flow.Started);

    /// <summary>
    /// As <see cref="Describe(FlowNameStats)"/> for a place in the tree where the flow started
    /// <paramref name="startedHere"/> times: <c>1× of 2 · 1 failure</c>; the outcome counts stay run-wide.
    /// </summary>
    public static string Describe(FlowNameStats flow, long startedHere)
    {
        var problems = new List<string>();
        Add(problems, flow.Verdicts.Failure, "failure", "failures");
        Add(problems, flow.Verdicts.Exception, "exception", "exceptions");
        Add(problems, flow.Verdicts.Incomplete, "incomplete", "incomplete");
        Add(problems, flow.Verdicts.Skipped, "skipped", "skipped");
        Add(problems, flow.Open, "never ended", "never ended");
        var started = DisplayFormat.Count(startedHere) + "×"
            + (startedHere == flow.Started ? "" : " of " + DisplayFormat.Count(flow.Started));
        return problems.Count == 0 ? started : started + " · " + string.Join(", ", problems);
    }

    /// <summary>The style name of a verdict, also used as Mermaid class name.</summary>
    public static string StyleOf(FlowVerdict? verdict) => verdict switch
    {
        FlowVerdict.Success => "success",
        FlowVerdict.Failure => "failure",
        FlowVerdict.Exception => "exception",
        FlowVerdict.Skipped => "skipped",
        FlowVerdict.Incomplete => "incomplete",
        _ => "unknown",
    };

    private static void Add(List<string> words, long count, string one, string many)
    {
        if (count > 0)
        {
            words.Add(DisplayFormat.Count(count) + " " + (count == 1 ? one : many));
        }
    }
}
