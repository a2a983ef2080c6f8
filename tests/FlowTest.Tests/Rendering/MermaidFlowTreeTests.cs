using System.Threading.Tasks;
using FlowTest.Artifacts.Rendering;

namespace FlowTest.Tests.Rendering;

public sealed class MermaidFlowTreeTests
{
    [Fact]
    public async Task Draws_the_flow_tree_by_name_styled_by_worst_verdict()
    {
        await Snapshot.Verify(MermaidFlowTree.Render(SyntheticRun.Digest()));
    }
}
