namespace FlowTest.Artifacts.Digest;

/// <summary>
/// What the digest needs of a flow it knows by id to place another flow under it: its name's
/// aggregates (which carry the name) and its parent's id, for walking up the tree.
/// </summary>
internal readonly struct FlowLink
{
    public FlowLink(FlowNameStats stats, SpanId? parent)
    {
        Stats = stats;
        Parent = parent;
    }

    public FlowNameStats Stats { get; }

    public SpanId? Parent { get; }

    public string Name => Stats.Name;
}
