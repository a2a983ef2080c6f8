using System;
using System.Buffers.Binary;

namespace FlowTest.Artifacts.Digest;

/// <summary>
/// Finds the value stored for a UTF-8 key without making a string of the key: the digest's way
/// to turn a flow name, source or code location read from a trace line into the one object kept
/// for it. Holds at most <c>maxEntries</c> keys; past that <see cref="TryAdd"/> refuses.
/// </summary>
/// <remarks>Chained hashing over arrays; the last hit is checked first because consecutive lines mostly repeat it.</remarks>
internal sealed class Utf8InternTable<T>
    where T : class
{
    private readonly int _maxEntries;
    private int[] _buckets = new int[16]; // index + 1 of the first entry of each chain; 0 ends a chain
    private Entry[] _entries = new Entry[8];
    private int _last = -1;

    public Utf8InternTable(int maxEntries)
    {
        _maxEntries = Math.Max(0, maxEntries);
    }

    public int Count { get; private set; }

    public bool IsFull => Count >= _maxEntries;

    /// <summary>The value of the <paramref name="index"/>-th key added (0 ≤ index &lt; <see cref="Count"/>).</summary>
    public T ValueAt(int index) => index < Count ? _entries[index].Value : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>A 64-bit hash of <paramref name="key"/>; the same bytes always give the same hash.</summary>
    public static ulong Hash(ReadOnlySpan<byte> key)
    {
        // FNV-1a over 8-byte words, then the tail bytes: cheap for the short keys traces repeat.
        // Words read one by one, not through MemoryMarshal.Cast: a BCL generic method is JIT-compiled in every test host.
        var hash = 0xCBF29CE484222325UL ^ (ulong)key.Length;
        var wordBytes = key.Length & ~7;
        for (var i = 0; i < wordBytes; i += 8)
        {
            // The hash only lives in this process's tables, so one byte order is as good as the other.
            var word = BinaryPrimitives.ReadUInt64LittleEndian(key.Slice(i));
            hash = (hash ^ word) * 0x100000001B3UL;
            hash ^= hash >> 29;
        }

        for (var i = wordBytes; i < key.Length; i++)
        {
            hash = (hash ^ key[i]) * 0x100000001B3UL;
        }

        return hash ^ (hash >> 32);
    }

    /// <summary>The value stored for <paramref name="key"/>, or <see langword="null"/>; <paramref name="hash"/> is for <see cref="TryAdd"/>.</summary>
    public T? Find(ReadOnlySpan<byte> key, out ulong hash)
    {
        if (_last >= 0 && key.SequenceEqual(_entries[_last].Key))
        {
            hash = _entries[_last].Hash;
            return _entries[_last].Value;
        }

        hash = Hash(key);
        for (var i = _buckets[(int)(hash & (ulong)(_buckets.Length - 1))] - 1; i >= 0; i = _entries[i].Next)
        {
            ref var entry = ref _entries[i];
            if (entry.Hash == hash && key.SequenceEqual(entry.Key))
            {
                _last = i;
                return entry.Value;
            }
        }

        return null;
    }

    /// <summary>Stores <paramref name="value"/> for a key <see cref="Find"/> missed; <see langword="false"/> when full.</summary>
    public bool TryAdd(ReadOnlySpan<byte> key, ulong hash, T value)
    {
        if (IsFull)
        {
            return false;
        }

        if (Count == _entries.Length)
        {
            // Not Array.Resize: a BCL generic method over this struct would be JIT-compiled in every test host.
            var grown = new Entry[_entries.Length * 2];
            Array.Copy(_entries, grown, Count);
            _entries = grown;
        }

        if (Count >= _buckets.Length)
        {
            Rehash(_buckets.Length * 2);
        }

        var bucket = (int)(hash & (ulong)(_buckets.Length - 1));
        _entries[Count] = new Entry { Key = key.ToArray(), Hash = hash, Value = value, Next = _buckets[bucket] - 1 };
        _buckets[bucket] = Count + 1;
        _last = Count;
        Count++;
        return true;
    }

    private void Rehash(int size)
    {
        _buckets = new int[size];
        for (var i = 0; i < Count; i++)
        {
            var bucket = (int)(_entries[i].Hash & (ulong)(size - 1));
            _entries[i].Next = _buckets[bucket] - 1;
            _buckets[bucket] = i + 1;
        }
    }

    private struct Entry
    {
        public byte[] Key;
        public ulong Hash;
        public T Value;
        public int Next;
    }
}
