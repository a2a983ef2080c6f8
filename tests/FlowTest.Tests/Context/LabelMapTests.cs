using System.Collections.Generic;
using System.Linq;
using FlowTest.Context;

namespace FlowTest.Tests.Context;

public class LabelMapTests
{
    private static readonly KeyValuePair<string, string>[] Pairs =
    {
        new("assembly", "Shop.Tests"),
        new("class", "OrderTests"),
        new("method", "Submits"),
        new("unused", "beyond the count"),
    };

    [Fact]
    public void Enumerates_in_the_order_it_was_built_and_only_up_to_its_count()
    {
        var map = new LabelMap(Pairs.ToArray(), 3);

        Assert.Equal(new[] { "assembly", "class", "method" }, map.Select(pair => pair.Key));
        Assert.Equal(new[] { "assembly", "class", "method" }, map.Keys);
        Assert.Equal(new[] { "Shop.Tests", "OrderTests", "Submits" }, map.Values);
        Assert.Equal(3, map.Count);
        Assert.Equal("class", map.At(1).Key);
        Assert.Throws<System.ArgumentOutOfRangeException>(() => map.At(3));
    }

    [Fact]
    public void Looks_keys_up_ordinally()
    {
        var map = new LabelMap(Pairs.ToArray(), 3);

        Assert.Equal("Submits", map["method"]);
        Assert.True(map.ContainsKey("class"));
        Assert.False(map.ContainsKey("Class"));
        Assert.False(map.ContainsKey("unused"));
        Assert.False(map.TryGetValue("unused", out _));
        Assert.Throws<KeyNotFoundException>(() => map["unused"]);
    }

    [Fact]
    public void A_single_label_map_holds_exactly_that_label()
    {
        var map = LabelMap.Of("test_case_id", "abc");

        Assert.Equal(new[] { new KeyValuePair<string, string>("test_case_id", "abc") }, map);
    }

    [Fact]
    public void A_map_from_a_template_has_its_own_value_at_one_index_and_leaves_the_template_alone()
    {
        var template = new LabelMap(Pairs.ToArray(), 3);

        var map = template.WithValueAt(2, "Cancels");

        Assert.Equal(new[] { new KeyValuePair<string, string>("assembly", "Shop.Tests"), new KeyValuePair<string, string>("class", "OrderTests"), new KeyValuePair<string, string>("method", "Cancels") }, map);
        Assert.Equal(new[] { "Shop.Tests", "OrderTests", "Cancels" }, map.Values);
        Assert.Equal("Cancels", map["method"]);
        Assert.Equal("Cancels", map.At(2).Value);
        Assert.Equal("OrderTests", map.At(1).Value);
        Assert.Equal("Submits", template["method"]);
        Assert.Equal("Refunds", map.WithValueAt(2, "Refunds")["method"]);
    }

    [Fact]
    public void A_map_with_its_own_value_is_no_template_for_another_index()
    {
        var map = new LabelMap(Pairs.ToArray(), 3).WithValueAt(2, "Cancels");

        Assert.Throws<System.InvalidOperationException>(() => map.WithValueAt(0, "Other.Tests"));
        Assert.Throws<System.ArgumentOutOfRangeException>(() => map.WithValueAt(3, "beyond the count"));
    }

    [Fact]
    public void A_count_beyond_the_array_is_refused() =>
        Assert.Throws<System.ArgumentOutOfRangeException>(() => new LabelMap(Pairs.ToArray(), 5));
}
