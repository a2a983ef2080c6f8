namespace FlowTest.Weaving.Tests.Infrastructure;

/// <summary>Test classes in this collection share one woven copy of the fixtures.</summary>
[CollectionDefinition(Name)]
public sealed class WovenCollection : ICollectionFixture<WovenFixtures>
{
    public const string Name = "woven fixtures";
}
