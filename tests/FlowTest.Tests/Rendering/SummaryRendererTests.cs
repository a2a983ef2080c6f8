using System.Threading.Tasks;
using FlowTest.Artifacts.Rendering;

namespace FlowTest.Tests.Rendering;

public sealed class SummaryRendererTests
{
    [Fact]
    public async Task Renders_a_failed_run_with_failures_outliers_orphans_and_catalog_flags()
    {
        var summary = SummaryRenderer.Render(SyntheticRun.Header, SyntheticRun.Digest(), SyntheticRun.Catalog, SyntheticRun.Performance);

        await Snapshot.Verify(summary);
    }
}
