using FlowTest.Config;

namespace FlowTest.Tests.Config;

public sealed class FlowGlobTests
{
    [Theory]
    // "**" alone: everything
    [InlineData("**", "orders/submit", true)]
    [InlineData("**", "a", true)]
    [InlineData("**/**", "a/b/c", true)]
    // literal names
    [InlineData("orders/submit", "orders/submit", true)]
    [InlineData("orders/submit", "orders/submit/retry", false)]
    [InlineData("orders/submit", "Orders/Submit", false)]
    [InlineData("orders/submit", "orders/submi", false)]
    // prefix/** matches the prefix itself and anything below it, not siblings
    [InlineData("data/**", "data", true)]
    [InlineData("data/**", "data/a", true)]
    [InlineData("data/**", "data/a/b", true)]
    [InlineData("data/**", "database", false)]
    [InlineData("data/**", "metadata/a", false)]
    [InlineData("data/fetch/**", "data/fetch/minute_candles", true)]
    [InlineData("data/fetch/**", "data/fetched", false)]
    // ** in the middle and at the start, including zero segments
    [InlineData("**/debug/**", "debug", true)]
    [InlineData("**/debug/**", "x/debug/y", true)]
    [InlineData("**/debug/**", "a/b/debug", true)]
    [InlineData("**/debug/**", "debug/y/z", true)]
    [InlineData("**/debug/**", "x/debugger/y", false)]
    [InlineData("**/debug", "a/b/debug", true)]
    [InlineData("**/debug", "a/debug/b", false)]
    [InlineData("a/**/z", "a/z", true)]
    [InlineData("a/**/z", "a/b/c/z", true)]
    [InlineData("a/**/z", "a/b/c/y", false)]
    // * stays within one segment
    [InlineData("orders/*", "orders/submit", true)]
    [InlineData("orders/*", "orders/submit/retry", false)]
    [InlineData("orders/*", "orders", false)]
    [InlineData("*/submit", "orders/submit", true)]
    [InlineData("*", "orders", true)]
    [InlineData("*", "orders/submit", false)]
    [InlineData("orders/sub*", "orders/submit", true)]
    [InlineData("orders/*mit", "orders/submit", true)]
    [InlineData("orders/s*b*t", "orders/submit", true)]
    [InlineData("orders/s*x", "orders/submit", false)]
    [InlineData("a*/b", "abc/b", true)]
    [InlineData("a**b", "a/b", false)]
    [InlineData("a**b", "axxb", true)]
    // ? is exactly one character, never a '/'
    [InlineData("orders/submi?", "orders/submit", true)]
    [InlineData("orders/submi?", "orders/submi", false)]
    [InlineData("orders?submit", "orders/submit", false)]
    [InlineData("v?/*", "v1/x", true)]
    // mixed
    [InlineData("**/*_test", "unit/orders/submit_test", true)]
    [InlineData("**/*_test", "submit_test", true)]
    [InlineData("**/*_test", "submit_tests", false)]
    [InlineData("Shop*/**", "ShopApi/Orders/Submit", true)]
    // empty pattern and empty name
    [InlineData("", "", true)]
    [InlineData("", "a", false)]
    [InlineData("*", "", true)]
    public void Matches_flow_names(string pattern, string flowName, bool expected)
    {
        Assert.Equal(expected, FlowGlob.Compile(pattern).IsMatch(flowName));
    }

    [Fact]
    public void Many_double_stars_do_not_blow_up_on_a_long_name()
    {
        var glob = FlowGlob.Compile("**/a/**/b/**/c/**/d");
        var name = string.Join("/", System.Linq.Enumerable.Repeat("x", 40)) + "/a/b/c/e";

        Assert.False(glob.IsMatch(name));
    }

    [Fact]
    public void A_set_matches_when_any_glob_matches()
    {
        var set = new FlowGlobSet(new[] { "data/**", "orders/submit" });

        Assert.True(set.IsMatch("data/x"));
        Assert.True(set.IsMatch("orders/submit"));
        Assert.False(set.IsMatch("orders/cancel"));
        Assert.False(set.MatchesEverything);
        Assert.True(new FlowGlobSet(new[] { "x", "**/**" }).MatchesEverything);
        Assert.True(new FlowGlobSet(new string[0]).IsEmpty);
    }
}
