using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using FlowTest.Build.Tests.Infrastructure;

namespace FlowTest.Build.Tests.EndToEnd;

[Collection(PackedFeedCollection.Name)]
public sealed class ArtifactsPathTests
{
    private readonly PackedFlowTestFeed _feed;

    public ArtifactsPathTests(PackedFlowTestFeed feed)
    {
        _feed = feed;
    }

    [Fact]
    public void FlowTestArtifactsPath_reaches_runtimeconfig_as_an_absolute_folder()
    {
        var project = ConsumerProject.Create(_feed, "ArtifactsPath", ConsumerSources.Orders,
            new Dictionary<string, string> { ["FlowTestArtifactsPath"] = "out/flows" });

        var build = project.Build();

        Assert.True(build.Succeeded, build.Describe());
        using var config = JsonDocument.Parse(File.ReadAllText(Path.ChangeExtension(project.BinAssembly, ".runtimeconfig.json")));
        var value = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties").GetProperty("FlowTest.ArtifactsPath").GetString();
        Assert.Equal(Path.Combine(project.Directory, "out", "flows") + Path.DirectorySeparatorChar, value);
    }

    [Fact]
    public void Without_FlowTestArtifactsPath_runtimeconfig_has_no_FlowTest_option()
    {
        var project = ConsumerProject.Create(_feed, "NoArtifactsPath", ConsumerSources.Orders);

        var build = project.Build();

        Assert.True(build.Succeeded, build.Describe());
        var text = File.ReadAllText(Path.ChangeExtension(project.BinAssembly, ".runtimeconfig.json"));
        Assert.DoesNotContain("FlowTest.ArtifactsPath", text, System.StringComparison.Ordinal);
    }
}
