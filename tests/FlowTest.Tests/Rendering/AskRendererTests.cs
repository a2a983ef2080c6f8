using System.Threading.Tasks;
using FlowTest.Artifacts.Rendering;

namespace FlowTest.Tests.Rendering;

public sealed class AskRendererTests
{
    [Fact]
    public async Task Renders_a_prompt_that_leads_with_the_first_failures()
    {
        var ask = AskRenderer.Render(SyntheticRun.Header, SyntheticRun.Digest(), SyntheticRun.Catalog, 12, 64 * 1024, SyntheticRun.Performance);

        await Snapshot.Verify(ask);
    }
}
