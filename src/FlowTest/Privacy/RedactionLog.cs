using System.Collections.Generic;

namespace FlowTest.Privacy;

/// <summary>
/// What the privacy layer changed while one event was written: the JSON paths of replaced values
/// (for <c>redacted_fields</c>) and whether anything was cut. One instance per event; reusable
/// after <see cref="Clear"/>; not thread-safe.
/// </summary>
internal sealed class RedactionLog
{
    /// <summary>Paths kept per event; a trace line must stay small even for a huge redacted payload.</summary>
    public const int DefaultCapacity = 64;

    private readonly List<string> _paths = new();

    public RedactionLog(int capacity = DefaultCapacity)
    {
        Capacity = capacity < 1 ? 1 : capacity;
    }

    public int Capacity { get; }

    /// <summary>Distinct paths in the order they were first replaced.</summary>
    public IReadOnlyList<string> Paths => _paths;

    public int Count => _paths.Count;

    public bool IsEmpty => _paths.Count == 0;

    /// <summary>More distinct paths were replaced than <see cref="Capacity"/> allows to list.</summary>
    public bool Overflowed { get; private set; }

    /// <summary>Some evidence was cut: a long string, a big collection or the payload limit.</summary>
    public bool Truncated { get; private set; }

    /// <summary>Records that the value at <paramref name="path"/> was replaced.</summary>
    public void Add(string path)
    {
        // A linear scan beats a hash set at this size and allocates nothing.
        for (var i = 0; i < _paths.Count; i++)
        {
            if (string.Equals(_paths[i], path, System.StringComparison.Ordinal))
            {
                return;
            }
        }

        if (_paths.Count >= Capacity)
        {
            Overflowed = true;
            return;
        }

        _paths.Add(path);
    }

    public void MarkTruncated() => Truncated = true;

    public void Clear()
    {
        _paths.Clear();
        Overflowed = false;
        Truncated = false;
    }
}
