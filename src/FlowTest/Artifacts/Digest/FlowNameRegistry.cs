using System;
using System.Collections.Generic;
using System.Text;

namespace FlowTest.Artifacts.Digest;

/// <summary>
/// The digest's one <see cref="FlowNameStats"/> per flow name, found by name or by its UTF-8 bytes
/// (no string per event). Past <see cref="RunDigestOptions.MaxFlowNames"/> names, every new name
/// shares one overflow entry, and how many names went there is counted.
/// </summary>
internal sealed class FlowNameRegistry
{
    /// <summary>How many distinct overflow names are counted exactly; past it the count is a lower bound.</summary>
    public const int MaxCountedOverflowNames = 100_000;

    // By UTF-8 bytes only: a second table by string would cost every name an entry, and names come from trace bytes.
    private readonly Utf8InternTable<FlowNameStats> _byUtf8;
    private readonly HashSet<ulong> _overflowNames = new();
    private readonly RunDigestOptions _options;
    private FlowNameStats? _overflow;

    public FlowNameRegistry(RunDigestOptions options)
    {
        _options = options;
        _byUtf8 = new Utf8InternTable<FlowNameStats>(options.MaxFlowNames);
    }

    /// <summary>The name of the shared row that counts flows of names past the limit.</summary>
    public static string OverflowName(int maxFlowNames) =>
        "(flow names past the first " + maxFlowNames.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")";

    /// <summary>Every entry, the overflow one included when it was used.</summary>
    public IEnumerable<FlowNameStats> All
    {
        get
        {
            // In the order names were added, as before the overflow row.
            for (var i = 0; i < _byUtf8.Count; i++)
            {
                yield return _byUtf8.ValueAt(i);
            }

            if (_overflow is not null)
            {
                yield return _overflow;
            }
        }
    }

    /// <summary>Names with their own entry.</summary>
    public int Count => _byUtf8.Count;

    /// <summary>Entries in <see cref="All"/>.</summary>
    public int EntryCount => _byUtf8.Count + (_overflow is null ? 0 : 1);

    /// <summary>Distinct names counted in the overflow entry (at most <see cref="MaxCountedOverflowNames"/>).</summary>
    public int OverflowNameCount => _overflowNames.Count;

    public FlowNameStats? Find(string name) => Find(Encoding.UTF8.GetBytes(name));

    /// <summary>The entry of an already known name, without adding one.</summary>
    public FlowNameStats? Find(ReadOnlySpan<byte> utf8) => _byUtf8.Find(utf8, out _);

    /// <summary>The entry of <paramref name="name"/>, added when new (off the hot path: trace lines resolve by bytes).</summary>
    public FlowNameStats Resolve(string name) => Resolve(Encoding.UTF8.GetBytes(name), name);

    public FlowNameStats Resolve(ReadOnlySpan<byte> utf8) => Resolve(utf8, name: null);

    // name: the string to keep for a new entry, or null to decode it from the bytes.
    private FlowNameStats Resolve(ReadOnlySpan<byte> utf8, string? name)
    {
        if (_byUtf8.Find(utf8, out var hash) is { } stats)
        {
            return stats;
        }

        if (_byUtf8.IsFull)
        {
            // No string for a name that gets no entry: the overflow row only needs its hash.
            return Overflow(hash);
        }

        return Add(name ?? Reading.Utf8Text.Decode(utf8), utf8, hash);
    }

    private FlowNameStats Add(string name, ReadOnlySpan<byte> utf8, ulong hash)
    {
        var stats = new FlowNameStats(name, _options);
        return _byUtf8.TryAdd(utf8, hash, stats) ? stats : Overflow(hash);
    }

    private FlowNameStats Overflow(ulong hash)
    {
        if (_overflowNames.Count < MaxCountedOverflowNames)
        {
            _overflowNames.Add(hash);
        }

        return _overflow ??= new FlowNameStats(OverflowName(_options.MaxFlowNames), _options) { IsOverflow = true };
    }
}
