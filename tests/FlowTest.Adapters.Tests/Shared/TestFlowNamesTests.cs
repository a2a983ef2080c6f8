using System.Linq;

namespace FlowTest.Adapters.Tests.Shared;

public class TestFlowNamesTests
{
    [Theory]
    [InlineData("Shop.Tests.OrderTests", "Submits", "OrderTests/Submits")]
    [InlineData("OrderTests", "Submits", "OrderTests/Submits")]
    [InlineData("Shop.Tests.OrderTests+WhenEmpty", "Rejects", "OrderTests.WhenEmpty/Rejects")]
    [InlineData("Shop.Tests.Cache`1", "Hits", "Cache/Hits")]
    [InlineData("Shop.Tests.Cache`1[[System.Int32, System.Private.CoreLib]]", "Hits", "Cache/Hits")]
    [InlineData("Shop.Tests.Cache<Int32>", "Hits", "Cache/Hits")]
    public void Test_flows_are_named_class_without_namespace_slash_method(string className, string method, string expected) =>
        Assert.Equal(expected, TestFlowNames.For(className, method));

    [Fact]
    public void A_test_without_class_or_method_still_gets_a_two_part_name() =>
        Assert.Equal("(unknown)/(unknown)", TestFlowNames.For("", ""));

    [Fact]
    public void Tests_of_alternating_classes_get_their_own_class_names()
    {
        var names = new[] { ("Shop.Orders", "A"), ("Shop.Orders", "B"), ("Shop.Carts+Empty", "A"), ("Shop.Orders", "C") }
            .Select(t => TestFlowNames.For(t.Item1, t.Item2));

        Assert.Equal(new[] { "Orders/A", "Orders/B", "Carts.Empty/A", "Orders/C" }, names);
    }
}
