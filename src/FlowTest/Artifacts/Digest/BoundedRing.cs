using System;
using System.Collections.Generic;

namespace FlowTest.Artifacts.Digest;

/// <summary>Keeps the last <c>capacity</c> items added, oldest first when read.</summary>
internal sealed class BoundedRing<T>
{
    private readonly T[] _items;
    private int _next;
    private int _count;

    public BoundedRing(int capacity)
    {
        _items = new T[Math.Max(0, capacity)];
    }

    public int Count => _count;

    public void Add(T item)
    {
        if (_items.Length == 0)
        {
            return;
        }

        _items[_next] = item;
        _next = (_next + 1) % _items.Length;
        _count = Math.Min(_count + 1, _items.Length);
    }

    /// <summary>The kept items, oldest first.</summary>
    public IReadOnlyList<T> ToList()
    {
        var list = new List<T>(_count);
        var first = _count < _items.Length ? 0 : _next;
        for (var i = 0; i < _count; i++)
        {
            list.Add(_items[(first + i) % _items.Length]);
        }

        return list;
    }
}
