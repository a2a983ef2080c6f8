namespace FlowTest.Build.Tests.InProcess;

/// <summary>
/// Tests that start a no-collection region, directly or by running the weaving task: the region is
/// process-wide and one at a time, so they run alone, after the parallel tests.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class GarbageCollectionPauseCollection
{
    public const string Name = "garbage collection pause";
}
