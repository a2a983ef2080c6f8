using System.IO;
using FlowTest.Build.Tests.Infrastructure;

namespace FlowTest.Build.Tests.EndToEnd;

[Collection(PackedFeedCollection.Name)]
public sealed class WeavingSwitchTests
{
    private const string Weave = "FlowTestWeaveAssembly";
    private readonly PackedFlowTestFeed _feed;

    public WeavingSwitchTests(PackedFlowTestFeed feed)
    {
        _feed = feed;
    }

    [Fact]
    public void Design_time_build_compiles_without_weaving()
    {
        var project = ConsumerProject.Create(_feed, "DesignTime", ConsumerSources.Orders);

        var build = project.Build("-p:DesignTimeBuild=true");

        Assert.True(build.Succeeded, build.Describe());
        Assert.Equal(1, build.Log.ExecutionsOf("CoreCompile"));
        Assert.True(build.Log.NeverEntered(Weave), "the weaving target ran in a design-time build");
        Assert.False(File.Exists(project.ObjAssembly) && AssemblyInspection.IsWoven(project.ObjAssembly));
    }

    [Fact]
    public void Turning_FlowTestWeave_off_and_on_recompiles_so_the_output_follows_the_setting()
    {
        var project = ConsumerProject.Create(_feed, "Toggle", ConsumerSources.Orders);
        Assert.True(project.Build().Succeeded);
        Assert.True(AssemblyInspection.IsWoven(project.BinAssembly));

        var off = project.Build("-p:FlowTestWeave=false");
        var wovenWhenOff = AssemblyInspection.IsWoven(project.BinAssembly);
        var on = project.Build();

        Assert.True(off.Succeeded, off.Describe());
        Assert.Equal(1, off.Log.ExecutionsOf("CoreCompile"));
        Assert.False(wovenWhenOff);
        Assert.True(on.Succeeded, on.Describe());
        Assert.Equal(1, on.Log.ExecutionsOf(Weave));
        Assert.True(AssemblyInspection.IsWoven(project.BinAssembly));
    }

    [Fact]
    public void FlowTestWeaveGcPause_reaches_the_task_and_defaults_to_holding_off_collections()
    {
        var project = ConsumerProject.Create(_feed, "GcPause", ConsumerSources.Orders);

        var off = project.Build("-p:FlowTestWeaveGcPause=false");
        var byDefault = project.Build("--no-incremental");

        Assert.True(off.Succeeded, off.Describe());
        Assert.Contains("collections held off: no", off.Log.Text, System.StringComparison.Ordinal);
        Assert.True(byDefault.Succeeded, byDefault.Describe());
        Assert.Contains("collections held off: yes", byDefault.Log.Text, System.StringComparison.Ordinal);
    }
}
