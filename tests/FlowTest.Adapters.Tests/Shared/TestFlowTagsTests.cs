using System.Collections.Generic;

namespace FlowTest.Adapters.Tests.Shared;

public class TestFlowTagsTests
{
    private static readonly TestIdentity Test = new()
    {
        ClassName = "Shop.Tests.OrderTests",
        MethodName = "Submits",
        DisplayName = "Shop.Tests.OrderTests.Submits(count: 2)",
        TestCaseId = "abc123",
        AssemblyName = "Shop.Tests",
        TargetFramework = "net8.0",
        Traits = new[]
        {
            new KeyValuePair<string, string>("Category", "Fast"),
            new KeyValuePair<string, string>("Category", "Orders"),
            new KeyValuePair<string, string>("Owner Team", "checkout"),
            new KeyValuePair<string, string>("class", "must not replace the class tag"),
        },
    };

    [Fact]
    public void Tags_name_assembly_framework_class_method_and_every_trait()
    {
        var tags = TestFlowTags.Build(Test);

        Assert.Equal("Shop.Tests", tags["assembly"]);
        Assert.Equal("net8.0", tags["framework"]);
        Assert.Equal("Shop.Tests.OrderTests", tags["class"]);
        Assert.Equal("Submits", tags["method"]);
        Assert.Equal("Fast,Orders", tags["category"]);
        Assert.Equal("checkout", tags["owner_team"]);
    }

    [Fact]
    public void Traits_group_by_folded_name_in_order_of_first_appearance_with_distinct_non_empty_values()
    {
        var test = Test with
        {
            Traits = new[]
            {
                new KeyValuePair<string, string>("Owner Team", "checkout"),
                new KeyValuePair<string, string>("Category", "Fast"),
                new KeyValuePair<string, string>("", "nameless"),
                new KeyValuePair<string, string>(" owner team ", "payments"),
                new KeyValuePair<string, string>("category", "Fast"),
                new KeyValuePair<string, string>("Category", ""),
                new KeyValuePair<string, string>("Slow", ""),
            },
        };

        var tags = TestFlowTags.Build(test);

        Assert.Equal(new[] { "assembly", "framework", "class", "method", "owner_team", "category", "slow" }, tags.Keys);
        Assert.Equal("checkout,payments", tags["owner_team"]);
        Assert.Equal("Fast", tags["category"]);
        Assert.Equal("", tags["slow"]);
    }

    [Fact]
    public void A_trait_named_like_a_built_in_tag_does_not_replace_it() =>
        Assert.Equal("Shop.Tests.OrderTests", TestFlowTags.Build(Test)["class"]);

    [Fact]
    public void Test_flows_are_correlated_by_test_case_id() =>
        Assert.Equal("abc123", TestFlowTags.Correlation(Test)["test_case_id"]);

    [Fact]
    public void Each_test_of_a_class_gets_its_own_method_while_the_rest_is_built_once()
    {
        var templates = new TestTagTemplates();
        var first = templates.TagsOf(Test);
        var second = templates.TagsOf(Test with { MethodName = "Cancels" });

        Assert.Equal("Submits", first["method"]);
        Assert.Equal("Cancels", second["method"]);
        Assert.Equal(TestFlowTags.BuildAll(Test with { MethodName = "Cancels" }, out _), second);
        Assert.Equal(1, templates.Count);
    }

    [Fact]
    public void Tests_of_a_class_share_tags_only_with_equal_assembly_framework_and_traits()
    {
        var templates = new TestTagTemplates();
        templates.TagsOf(Test);
        var variants = new[]
        {
            Test with { MethodName = "Other", Traits = new[] { new KeyValuePair<string, string>("Category", "Slow") } },
            Test with { MethodName = "Other", Traits = System.Array.Empty<KeyValuePair<string, string>>() },
            Test with { MethodName = "Other", AssemblyName = "Shop.Tests.Integration" },
            Test with { MethodName = "Other", TargetFramework = "net10.0" },
        };

        foreach (var variant in variants)
        {
            Assert.Equal(TestFlowTags.BuildAll(variant, out _), templates.TagsOf(variant));
        }
    }

    [Fact]
    public void The_templates_held_are_bounded_and_a_shared_slot_never_gives_another_class_its_tags()
    {
        var templates = new TestTagTemplates();
        for (var i = 0; i < TestTagTemplates.Slots * 4; i++)
        {
            var test = Test with { ClassName = "Shop.Tests.Class" + i, MethodName = "M" + i };
            Assert.Equal(TestFlowTags.BuildAll(test, out _), templates.TagsOf(test));
        }

        Assert.True(templates.Count <= TestTagTemplates.Slots);
    }

    [Fact]
    public void Without_a_method_name_there_is_no_method_tag_and_a_trait_may_take_the_name()
    {
        var tags = TestFlowTags.Build(Test with { MethodName = "", Traits = new[] { new KeyValuePair<string, string>("Method", "from a trait") } });

        Assert.Equal("from a trait", tags["method"]);
    }
}
