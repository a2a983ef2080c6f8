using System.Collections.Generic;
using FlowTest.Artifacts.Digest;
using FlowTest.Config;

namespace FlowTest.Artifacts.Rendering;

/// <summary>The inputs of one ask.md rendering, plus the selections every layout shares.</summary>
internal sealed class AskContext
{
    public AskContext(RunHeader header, RunDigest digest, FlowCatalog catalog, PerformanceConfig performance, int maxBytes)
    {
        Header = header;
        Digest = digest;
        Catalog = catalog;
        Performance = performance;
        MaxBytes = maxBytes;
        Outliers = LatencyOutliers.Find(digest, name => FlowSla.P95Ms(name, catalog, performance), FlowSla.LargestBucketMs(performance));
        Undeclared = DeclaredFailureClasses.Undeclared(digest, catalog);
    }

    public RunHeader Header { get; }

    public RunDigest Digest { get; }

    public FlowCatalog Catalog { get; }

    public PerformanceConfig Performance { get; }

    public int MaxBytes { get; }

    public IReadOnlyList<LatencyOutlier> Outliers { get; }

    public IReadOnlyList<(FlowNameStats Flow, string FailureClass, long Count)> Undeclared { get; }

    public bool HasFailures => Digest.FailureCount > 0 || Digest.Verdicts.Failure + Digest.Verdicts.Exception > 0;
}
