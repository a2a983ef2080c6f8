namespace FlowTest.Adapters.Tests.EndToEnd;

/// <summary>Shares one packed feed and one sample run between the end-to-end tests.</summary>
[CollectionDefinition(Name)]
public sealed class SampleRunCollection : ICollectionFixture<SampleRun>
{
    public const string Name = "packed sample run";
}
