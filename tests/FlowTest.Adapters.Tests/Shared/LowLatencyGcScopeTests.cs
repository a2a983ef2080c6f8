using System.Runtime;

namespace FlowTest.Adapters.Tests.Shared;

public class LowLatencyGcScopeTests
{
    [Fact]
    public void The_end_of_an_assembly_defers_full_collections_and_then_restores_the_mode()
    {
        var before = GCSettings.LatencyMode;

        using (LowLatencyGcScope.Enter())
        {
            Assert.Equal(GCSettings.IsServerGC ? before : GCLatencyMode.LowLatency, GCSettings.LatencyMode);
        }

        Assert.Equal(before, GCSettings.LatencyMode);
    }
}
