using System.Collections.Generic;
using System.Text.Encodings.Web;
using System.Text.Json;
using FlowTest.Privacy;

namespace FlowTest.Writing;

/// <summary>
/// Tag and correlation keys as <see cref="LabelKey"/>s: every test flow repeats the same few keys
/// (<c>assembly</c>, <c>class</c>, <c>method</c>, ...), so their sensitivity and their escaped
/// form are worked out once instead of per label per event. Writer thread only.
/// </summary>
internal sealed class LabelKeyCache
{
    /// <summary>Keys come from code and traits, not data; still, generated keys must not grow the cache without bound.</summary>
    public const int MaxEntries = 1024;

    private readonly Dictionary<string, LabelKey> _keys = new(System.StringComparer.Ordinal);
    private readonly PrivacyPolicy _privacy;
    private readonly JavaScriptEncoder _encoder;

    /// <param name="privacy">Decides which keys are sensitive.</param>
    /// <param name="encoder">The writer's encoder, so a cached key is escaped exactly as a written one.</param>
    public LabelKeyCache(PrivacyPolicy privacy, JavaScriptEncoder encoder)
    {
        _privacy = privacy;
        _encoder = encoder;
    }

    public int Count => _keys.Count;

    /// <summary>What is known about <paramref name="key"/>; worked out afresh (not kept) once the cache is full.</summary>
    public LabelKey Get(string key)
    {
        if (_keys.TryGetValue(key, out var known))
        {
            return known;
        }

        var label = new LabelKey(key, _privacy.IsSensitiveKey(key), Encode(key));
        if (_keys.Count < MaxEntries)
        {
            _keys.Add(key, label);
        }

        return label;
    }

    private JsonEncodedText? Encode(string key)
    {
        try
        {
            return JsonEncodedText.Encode(key, _encoder);
        }
        catch (System.ArgumentException)
        {
            // Invalid UTF-16: the writer handles the raw string as it always has.
            return null;
        }
    }
}
