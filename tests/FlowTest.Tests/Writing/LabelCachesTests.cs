using System.Text.Encodings.Web;
using FlowTest.Privacy;
using FlowTest.Writing;

namespace FlowTest.Tests.Writing;

public sealed class LabelCachesTests
{
    [Fact]
    public void Unchanged_text_is_known_by_reference_not_by_content()
    {
        var cache = new UnchangedTextCache();
        var value = "Suite.Tests" + 7;
        cache.Add(value);

        Assert.True(cache.Contains(value));
        Assert.False(cache.Contains(new string(value.ToCharArray())));
        Assert.False(cache.Contains(null));
    }

    [Fact]
    public void Unchanged_text_cache_holds_at_most_its_slots()
    {
        var cache = new UnchangedTextCache();
        var values = new string[UnchangedTextCache.Slots * 4];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = "value " + i;
            cache.Add(values[i]);
        }

        var held = 0;
        foreach (var value in values)
        {
            held += cache.Contains(value) ? 1 : 0;
        }

        Assert.InRange(held, 1, UnchangedTextCache.Slots);
        Assert.True(cache.Contains(values[^1]));
    }

    [Fact]
    public void Long_values_are_not_held()
    {
        var cache = new UnchangedTextCache();
        var longValue = new string('x', UnchangedTextCache.MaxLength + 1);
        var longest = new string('y', UnchangedTextCache.MaxLength);
        cache.Add(longValue);
        cache.Add(longest);

        Assert.False(cache.Contains(longValue));
        Assert.True(cache.Contains(longest));
    }

    [Fact]
    public void Label_keys_carry_the_policys_verdict_and_the_writers_escaping()
    {
        var cache = new LabelKeyCache(PrivacyPolicy.Default, JavaScriptEncoder.UnsafeRelaxedJsonEscaping);

        var secret = cache.Get("apiKey");
        var plain = cache.Get("clé \"q\"");

        Assert.True(secret.IsSensitive);
        Assert.False(plain.IsSensitive);
        Assert.Equal("clé \\\"q\\\"", plain.Encoded!.Value.ToString());
        Assert.Same(plain, cache.Get("clé \"q\""));
    }

    [Fact]
    public void A_key_that_is_not_valid_utf16_is_left_to_the_writer()
    {
        var cache = new LabelKeyCache(PrivacyPolicy.Default, JavaScriptEncoder.UnsafeRelaxedJsonEscaping);

        Assert.Null(cache.Get("broken \uD800").Encoded);
    }

    [Fact]
    public void Label_key_cache_stops_growing_at_its_bound_and_still_answers_right()
    {
        var cache = new LabelKeyCache(PrivacyPolicy.Default, JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        for (var i = 0; i < LabelKeyCache.MaxEntries; i++)
        {
            cache.Get("key" + i);
        }

        var past = cache.Get("password_past_the_bound");

        Assert.Equal(LabelKeyCache.MaxEntries, cache.Count);
        Assert.True(past.IsSensitive);
        Assert.Equal("password_past_the_bound", past.Encoded!.Value.ToString());
    }
}
