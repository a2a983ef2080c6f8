using System;
using System.Collections.Generic;

namespace FlowTest.Artifacts.Digest;

/// <summary>
/// The order flow names are listed in: case-insensitive, so <c>ShopTests/…</c> does not jump ahead
/// of <c>cart/…</c>, with an ordinal tie-break so the order is total and stable.
/// </summary>
internal sealed class FlowNameComparer : IComparer<string>
{
    public static FlowNameComparer Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        var folded = StringComparer.OrdinalIgnoreCase.Compare(x, y);
        return folded != 0 ? folded : StringComparer.Ordinal.Compare(x, y);
    }
}
