namespace FlowTest.Artifacts.Digest;

/// <summary>How many flows ended with each verdict.</summary>
internal sealed class VerdictCounts
{
    public long Success { get; private set; }

    public long Failure { get; private set; }

    public long Exception { get; private set; }

    public long Skipped { get; private set; }

    public long Incomplete { get; private set; }

    public long Total => Success + Failure + Exception + Skipped + Incomplete;

    public long this[FlowVerdict verdict] => verdict switch
    {
        FlowVerdict.Success => Success,
        FlowVerdict.Failure => Failure,
        FlowVerdict.Exception => Exception,
        FlowVerdict.Skipped => Skipped,
        _ => Incomplete,
    };

    internal void Add(FlowVerdict verdict)
    {
        switch (verdict)
        {
            case FlowVerdict.Success: Success++; break;
            case FlowVerdict.Failure: Failure++; break;
            case FlowVerdict.Exception: Exception++; break;
            case FlowVerdict.Skipped: Skipped++; break;
            default: Incomplete++; break;
        }
    }
}
