using System;
using System.Collections.Generic;

namespace FlowTest.Artifacts.Digest;

/// <summary>
/// Keeps the last <c>capacity</c> items added, oldest first when read. The storage grows on demand
/// up to the capacity, so a large bound costs nothing until it is used.
/// </summary>
internal sealed class BoundedRing<T>
{
    private const int FirstSize = 16;

    private readonly int _capacity;
    private T[] _items = new T[0];
    private int _first; // the oldest kept item
    private int _count;

    public BoundedRing(int capacity)
    {
        _capacity = Math.Max(0, capacity);
    }

    public int Count => _count;

    public void Add(T item) => Add(item, out _);

    /// <summary>Adds <paramref name="item"/>; <see langword="true"/> when that pushed out the oldest one, <paramref name="evicted"/>.</summary>
    public bool Add(T item, out T evicted)
    {
        evicted = default!;
        if (_capacity == 0)
        {
            return false;
        }

        if (_count == _capacity)
        {
            evicted = _items[_first];
            _items[_first] = item;
            _first = (_first + 1) % _items.Length;
            return true;
        }

        if (_count == _items.Length)
        {
            Grow();
        }

        _items[(_first + _count) % _items.Length] = item;
        _count++;
        return false;
    }

    /// <summary>The kept items, oldest first.</summary>
    public IReadOnlyList<T> ToList()
    {
        var list = new List<T>(_count);
        for (var i = 0; i < _count; i++)
        {
            list.Add(_items[(_first + i) % _items.Length]);
        }

        return list;
    }

    private void Grow()
    {
        var grown = new T[Math.Min(_capacity, Math.Max(FirstSize, _items.Length * 2))];
        for (var i = 0; i < _count; i++)
        {
            grown[i] = _items[(_first + i) % _items.Length];
        }

        _items = grown;
        _first = 0;
    }
}
