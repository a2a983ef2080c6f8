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
}
