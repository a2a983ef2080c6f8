using System;
using System.Collections;
using System.Collections.Generic;

namespace FlowTest.Context;

/// <summary>
/// A flow's tags or correlation ids as a small read-only map that keeps the order it was built in
/// (the order they are written in): one array, looked up by scanning, since a flow has a handful.
/// The test adapters build two per test; a <see cref="Dictionary{TKey,TValue}"/> each cost several
/// hundred bytes on the test's thread, and on a machine where fresh memory is slow, time.
/// A map made by <see cref="WithValueAt"/> shares its template's array and holds only the one value
/// that differs (a test's method name, its test case id): one small object per test instead of two.
/// </summary>
internal sealed class LabelMap : IReadOnlyDictionary<string, string>
{
    private readonly KeyValuePair<string, string>[] _pairs;
    private readonly int _ownIndex;
    private readonly string? _ownValue;

    /// <param name="pairs">Distinct keys (ordinal), in order; the map owns the array from now on.</param>
    /// <param name="count">How many of <paramref name="pairs"/> are used, from the start.</param>
    public LabelMap(KeyValuePair<string, string>[] pairs, int count)
    {
        if ((uint)count > (uint)pairs.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(count));
        }

        _pairs = pairs;
        Count = count;
        _ownIndex = -1;
    }

    private LabelMap(KeyValuePair<string, string>[] pairs, int count, int ownIndex, string ownValue)
    {
        _pairs = pairs;
        Count = count;
        _ownIndex = ownIndex;
        _ownValue = ownValue;
    }

    public int Count { get; }

    public IEnumerable<string> Keys
    {
        get
        {
            for (var i = 0; i < Count; i++)
            {
                yield return KeyAt(i);
            }
        }
    }

    public IEnumerable<string> Values
    {
        get
        {
            for (var i = 0; i < Count; i++)
            {
                yield return ValueAt(i);
            }
        }
    }

    public string this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException("no label '" + key + "'");

    /// <summary>A map of one label.</summary>
    public static LabelMap Of(string key, string value) => new(new[] { new KeyValuePair<string, string>(key, value) }, 1);

    /// <summary>The label at <paramref name="index"/> (0 ≤ index &lt; <see cref="Count"/>), in order; no enumerator needed.</summary>
    public KeyValuePair<string, string> At(int index) =>
        (uint)index < (uint)Count ? new KeyValuePair<string, string>(KeyAt(index), ValueAt(index)) : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>
    /// These labels with the value at <paramref name="index"/> replaced by <paramref name="value"/>; the
    /// array is shared with this map, not copied (so a per-class template costs each test one object).
    /// </summary>
    public LabelMap WithValueAt(int index, string value)
    {
        if ((uint)index >= (uint)Count)
        {
            throw new ArgumentOutOfRangeException(nameof(index));
        }

        // A map that already differs from its array somewhere else cannot hold a second own value.
        if (_ownIndex >= 0 && _ownIndex != index)
        {
            throw new InvalidOperationException("only a map without its own value can be a template");
        }

        return new LabelMap(_pairs, Count, index, value);
    }

    /// <summary>Whether the first <paramref name="count"/> of <paramref name="pairs"/> have <paramref name="key"/> (for builders).</summary>
    public static bool Contains(KeyValuePair<string, string>[] pairs, int count, string key) => IndexOf(pairs, count, key) >= 0;

    public bool ContainsKey(string key) => IndexOf(_pairs, Count, key) >= 0;

    public bool TryGetValue(string key, out string value)
    {
        var index = IndexOf(_pairs, Count, key);
        // Null when absent, as Dictionary leaves it (the interface is not annotated on .NET Standard).
        value = index >= 0 ? ValueAt(index) : null!;
        return index >= 0;
    }

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return At(i);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private string KeyAt(int index) => _pairs[index].Key;

    private string ValueAt(int index) => index == _ownIndex ? _ownValue! : _pairs[index].Value;

    private static int IndexOf(KeyValuePair<string, string>[] pairs, int count, string key)
    {
        for (var i = 0; i < count; i++)
        {
            if (string.Equals(pairs[i].Key, key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
