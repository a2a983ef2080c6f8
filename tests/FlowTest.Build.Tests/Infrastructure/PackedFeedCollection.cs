namespace FlowTest.Build.Tests.Infrastructure;

/// <summary>All end-to-end tests share one packed feed and run one after another (builds are heavy).</summary>
[CollectionDefinition(Name)]
public sealed class PackedFeedCollection : ICollectionFixture<PackedFlowTestFeed>
{
    /// <summary>The collection's name, for <c>[Collection]</c>.</summary>
    public const string Name = "Packed FlowTest feed";
}
