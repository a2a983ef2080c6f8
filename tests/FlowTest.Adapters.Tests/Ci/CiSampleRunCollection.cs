namespace FlowTest.Adapters.Tests.Ci;

/// <summary>Shares one packed feed and the CI runs between the CI end-to-end tests.</summary>
[CollectionDefinition(Name)]
public sealed class CiSampleRunCollection : ICollectionFixture<CiSampleRun>
{
    public const string Name = "packed CI sample runs";
}
