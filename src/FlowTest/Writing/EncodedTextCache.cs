using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace FlowTest.Writing;

/// <summary>
/// The strings every line repeats — flow names, steps, members, source files, sources — turned into
/// escaped UTF-8 once instead of on every line. They come from string literals at call sites, so
/// the cache is keyed by reference (a pointer hash, no character hashing). Writer thread only.
/// </summary>
/// <remarks>
/// An open-addressing table of its own rather than <c>Dictionary&lt;string, JsonEncodedText&gt;</c>: that
/// instantiation is not in any ReadyToRun image, so a test host would JIT it and then run it
/// unoptimised for its whole (short) life, several lookups per line.
/// </remarks>
internal sealed class EncodedTextCache
{
    /// <summary>Real programs have a few thousand distinct names; generated ones must not grow the cache without bound.</summary>
    private const int MaxEntries = 4096;

    private readonly JavaScriptEncoder _encoder;
    private readonly System.Func<string, string>? _transform;
    private string?[] _keys = new string?[64]; // load factor at most 1/2, so a probe always ends on an empty slot
    private JsonEncodedText[] _values = new JsonEncodedText[64];
    private int _count;

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
        var slot = SlotOf(_keys, value);
        if (_keys[slot] is not null)
        {
            encoded = _values[slot];
            return true;
        }

        encoded = default;
        if (_count >= MaxEntries)
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

        if ((_count + 1) * 2 > _keys.Length)
        {
            Grow();
            slot = SlotOf(_keys, value);
        }

        _keys[slot] = value;
        _values[slot] = encoded;
        _count++;
        return true;
    }

    /// <summary>The slot holding <paramref name="value"/>, or the empty slot where it belongs.</summary>
    private static int SlotOf(string?[] keys, string value)
    {
        var mask = keys.Length - 1;
        var slot = RuntimeHelpers.GetHashCode(value) & mask;
        while (keys[slot] is { } key && !ReferenceEquals(key, value))
        {
            slot = (slot + 1) & mask;
        }

        return slot;
    }

    private void Grow()
    {
        var keys = new string?[_keys.Length * 2];
        var values = new JsonEncodedText[keys.Length];
        for (var i = 0; i < _keys.Length; i++)
        {
            if (_keys[i] is { } key)
            {
                var slot = SlotOf(keys, key);
                keys[slot] = key;
                values[slot] = _values[i];
            }
        }

        _keys = keys;
        _values = values;
    }
}
