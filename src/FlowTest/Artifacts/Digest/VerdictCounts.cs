namespace FlowTest.Artifacts.Digest;

/// <summary>How many flows ended with each verdict.</summary>
/// <remarks>
/// A struct, held in its owner's fields (one per flow name, so no object per name). Owners expose it
/// by value and count with <see cref="Add"/> on their own field: <c>Add</c> on a copy counts nothing.
/// </remarks>
internal struct VerdictCounts
{
    public long Success { readonly get; private set; }

    public long Failure { readonly get; private set; }

    public long Exception { readonly get; private set; }

    public long Skipped { readonly get; private set; }

    public long Incomplete { readonly get; private set; }

    public readonly long Total => Success + Failure + Exception + Skipped + Incomplete;

    public readonly long this[FlowVerdict verdict] => verdict switch
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
