using System.Collections.Generic;
using System.IO;
using FlowTest.Build.Tests.Infrastructure;

namespace FlowTest.Build.Tests.EndToEnd;

[Collection(PackedFeedCollection.Name)]
public sealed class DeterminismTests
{
    private readonly PackedFlowTestFeed _feed;

    public DeterminismTests(PackedFlowTestFeed feed)
    {
        _feed = feed;
    }

    [Fact]
    public void Two_clean_deterministic_builds_produce_byte_identical_woven_assemblies_and_symbols()
    {
        var project = ConsumerProject.Create(_feed, "Deterministic", ConsumerSources.Orders,
            new Dictionary<string, string> { ["Deterministic"] = "true" });
        Assert.True(project.Build().Succeeded);
        var firstAssembly = File.ReadAllBytes(project.BinAssembly);
        var firstSymbols = File.ReadAllBytes(Path.ChangeExtension(project.BinAssembly, ".pdb"));

        project.DeleteBuildOutputs();
        var second = project.Build();

        Assert.True(second.Succeeded, second.Describe());
        Assert.Equal(1, second.Log.ExecutionsOf("FlowTestWeaveAssembly"));
        Assert.True(AssemblyInspection.IsWoven(project.BinAssembly));
        Assert.Equal(firstAssembly, File.ReadAllBytes(project.BinAssembly));
        Assert.Equal(firstSymbols, File.ReadAllBytes(Path.ChangeExtension(project.BinAssembly, ".pdb")));
    }
}
