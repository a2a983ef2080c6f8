using System.Text.Encodings.Web;
using FlowTest.Writing;

namespace FlowTest.Tests.Writing;

public sealed class EncodedTextCacheTests
{
    [Fact]
    public void Encodes_with_the_writers_escaping_and_applies_the_transform()
    {
        var cache = new EncodedTextCache(JavaScriptEncoder.UnsafeRelaxedJsonEscaping, path => path.Replace("/repo/", ""));

        Assert.True(cache.TryGet("/repo/src/Größe \"x\".cs", out var encoded));

        Assert.Equal("src/Größe \\\"x\\\".cs", encoded.ToString());
    }

    [Fact]
    public void Text_that_is_not_valid_utf16_is_left_to_the_writer()
    {
        var cache = new EncodedTextCache(JavaScriptEncoder.UnsafeRelaxedJsonEscaping);

        Assert.False(cache.TryGet("broken \uD800 surrogate", out _));
    }

    [Fact]
    public void Stops_growing_at_its_bound_but_keeps_serving_what_it_holds()
    {
        var cache = new EncodedTextCache(JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        var first = "flow/0";
        Assert.True(cache.TryGet(first, out _));
        for (var i = 1; i < 4096; i++)
        {
            Assert.True(cache.TryGet("flow/" + i, out _));
        }

        Assert.False(cache.TryGet("flow/one-too-many", out _));
        Assert.True(cache.TryGet(first, out var again));
        Assert.Equal("flow/0", again.ToString());
    }
}
