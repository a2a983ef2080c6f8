namespace FlowTest.Build;

/// <summary>
/// How much a weave may allocate before the garbage collector would run, from the size of the files it
/// rewrites. Cecil holds the whole module as objects while it weaves, so every collection during the weave
/// marks and promotes all of it; measured, that was most of a weave's cost. A 2.1 MB assembly with its PDB
/// allocated 125 MB (about 60 bytes per byte read), so the budget allows 72 per byte plus a margin, and is
/// capped so that a huge assembly simply collects as usual instead of reserving unbounded memory.
/// </summary>
internal static class WeaveMemoryBudget
{
    public const long BytesPerFileByte = 72;

    public const long Margin = 16L << 20;

    public const long Minimum = 32L << 20;

    public const long Maximum = 384L << 20;

    /// <summary>The no-collection budget, in bytes, for weaving files of <paramref name="fileBytes"/> bytes in all.</summary>
    public static long For(long fileBytes)
    {
        var budget = (fileBytes * BytesPerFileByte) + Margin;
        return budget < Minimum ? Minimum : budget > Maximum ? Maximum : budget;
    }
}
