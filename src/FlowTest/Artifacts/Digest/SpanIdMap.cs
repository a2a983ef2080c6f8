namespace FlowTest.Artifacts.Digest;

/// <summary>
/// Values by <see cref="SpanId"/>: the lookups the digest makes per flow event. FlowTest's own
/// table rather than <c>Dictionary&lt;SpanId, …&gt;</c>: a BCL generic over a FlowTest struct cannot be
/// precompiled into the ReadyToRun image, so a test host would JIT it, then run it unoptimised for
/// the whole (short) run. This generic is FlowTest's, so its instantiations over FlowTest's structs are
/// precompiled with the rest.
/// </summary>
/// <typeparam name="TValue">
/// A struct, held inline in the entry array: the digest keeps what it knows of each flow without an
/// object per flow (objects that live as long as a test run are copied by every collection that
/// promotes them).
/// </typeparam>
/// <remarks>Chained hashing over arrays; removed entries go to a free list and are reused.</remarks>
internal sealed class SpanIdMap<TValue>
    where TValue : struct
{
    private int[] _buckets = new int[16]; // index + 1 of the first entry of each chain; 0 ends a chain
    private Entry[] _entries = new Entry[16];
    private int _used; // entries ever handed out (live or free)
    private int _free = -1; // first free entry, chained through Next

    public int Count { get; private set; }

    public bool TryGetValue(SpanId key, out TValue value)
    {
        var index = IndexOf(key, GetHash(key));
        value = index >= 0 ? _entries[index].Value : default;
        return index >= 0;
    }

    /// <summary>Adds <paramref name="key"/> or replaces its value.</summary>
    public void Set(SpanId key, in TValue value)
    {
        var hash = GetHash(key);
        var index = IndexOf(key, hash);
        if (index >= 0)
        {
            _entries[index].Value = value;
            return;
        }

        if (Count >= _buckets.Length)
        {
            Rehash(_buckets.Length * 2);
        }

        if (_free >= 0)
        {
            index = _free;
            _free = _entries[index].Next;
        }
        else
        {
            if (_used == _entries.Length)
            {
                var grown = new Entry[_entries.Length * 2];
                System.Array.Copy(_entries, grown, _used);
                _entries = grown;
            }

            index = _used++;
        }

        var bucket = hash & (_buckets.Length - 1);
        _entries[index] = new Entry { Key = key, Hash = hash, Value = value, Next = _buckets[bucket] - 1, Live = true };
        _buckets[bucket] = index + 1;
        Count++;
    }

    public bool Remove(SpanId key)
    {
        var hash = GetHash(key);
        var bucket = hash & (_buckets.Length - 1);
        var previous = -1;
        for (var i = _buckets[bucket] - 1; i >= 0; previous = i, i = _entries[i].Next)
        {
            if (_entries[i].Hash != hash || !_entries[i].Key.Equals(key))
            {
                continue;
            }

            if (previous < 0)
            {
                _buckets[bucket] = _entries[i].Next + 1;
            }
            else
            {
                _entries[previous].Next = _entries[i].Next;
            }

            _entries[i] = new Entry { Next = _free };
            _free = i;
            Count--;
            return true;
        }

        return false;
    }

    /// <summary>Entry slots handed out so far: the bound of <see cref="TryGetAt"/>'s <c>slot</c>.</summary>
    /// <remarks>A slot walk, not a <c>List&lt;TValue&gt;</c>: that BCL generic over a FlowTest struct would be JIT-compiled.</remarks>
    public int Slots => _used;

    /// <summary>The live entry in <paramref name="slot"/> (0 ≤ slot &lt; <see cref="Slots"/>), in no particular order.</summary>
    public bool TryGetAt(int slot, out SpanId key, out TValue value)
    {
        ref var entry = ref _entries[slot];
        key = entry.Key;
        value = entry.Value;
        return entry.Live;
    }

    private static int GetHash(SpanId key) => key.GetHashCode() & int.MaxValue;

    private int IndexOf(SpanId key, int hash)
    {
        for (var i = _buckets[hash & (_buckets.Length - 1)] - 1; i >= 0; i = _entries[i].Next)
        {
            if (_entries[i].Hash == hash && _entries[i].Key.Equals(key))
            {
                return i;
            }
        }

        return -1;
    }

    private void Rehash(int size)
    {
        _buckets = new int[size];
        for (var i = 0; i < _used; i++)
        {
            if (_entries[i].Live)
            {
                var bucket = _entries[i].Hash & (size - 1);
                _entries[i].Next = _buckets[bucket] - 1;
                _buckets[bucket] = i + 1;
            }
        }
    }

    private struct Entry
    {
        public SpanId Key;
        public int Hash;
        public TValue Value;
        public int Next;
        public bool Live;
    }
}
