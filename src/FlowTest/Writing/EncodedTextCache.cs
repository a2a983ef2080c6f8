using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace FlowTest.Writing;

/// <summary>
/// The strings every line repeats — flow names, steps, members, source files, sources — turned into
/// escaped UTF-8 once instead of on every line. They come from string literals at call sites, so
/// the cache is keyed by reference (a pointer hash, no character hashing). Writer thread only.
/// </summary>
internal sealed class EncodedTextCache
{
    /// <summary>Real programs have a few thousand distinct names; generated ones must not grow the cache without bound.</summary>
    private const int MaxEntries = 4096;

    private readonly Dictionary<string, JsonEncodedText> _entries = new(ByReference.Instance);
    private readonly JavaScriptEncoder _encoder;
    private readonly System.Func<string, string>? _transform;

    /// <param name="encoder">The writer's encoder, so cached text is escaped exactly as written text.</param>
    /// <param name="transform">Applied before encoding (source paths made repo-relative), or null.</param>
    public EncodedTextCache(JavaScriptEncoder encoder, System.Func<string, string>? transform = null)
    {
        _encoder = encoder;
        _transform = transform;
    }

    /// <summary>The encoded form of <paramref name="value"/>, or false when it is not cached (full, or not encodable).</summary>
    public bool TryGet(string value, out JsonEncodedText encoded)
    {
        if (_entries.TryGetValue(value, out encoded))
        {
            return true;
        }

        if (_entries.Count >= MaxEntries)
        {
            return false;
        }

        try
        {
            encoded = JsonEncodedText.Encode(_transform is null ? value : _transform(value), _encoder);
        }
        catch (System.ArgumentException)
        {
            // Invalid UTF-16: left to the writer's own handling of the raw string.
            return false;
        }

        _entries[value] = encoded;
        return true;
    }

    private sealed class ByReference : IEqualityComparer<string>
    {
        public static readonly ByReference Instance = new();

        public bool Equals(string? x, string? y) => ReferenceEquals(x, y);

        public int GetHashCode(string obj) => RuntimeHelpers.GetHashCode(obj);
    }
}
