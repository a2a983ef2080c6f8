namespace FlowTest.Context;

/// <summary>How verdicts combine within one flow (SPEC §3): the first failure wins.</summary>
internal static class VerdictRules
{
    /// <summary>The verdict after <paramref name="offered"/> is recorded on a flow whose verdict is <paramref name="current"/>.</summary>
    public static FlowVerdict Combine(FlowVerdict current, FlowVerdict offered) => current switch
    {
        FlowVerdict.Failure or FlowVerdict.Exception or FlowVerdict.Skipped => current,
        FlowVerdict.Success => offered is FlowVerdict.Failure or FlowVerdict.Exception or FlowVerdict.Skipped ? offered : current,
        _ => offered,
    };
}
