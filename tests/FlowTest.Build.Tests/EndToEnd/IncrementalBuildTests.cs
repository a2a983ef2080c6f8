using System.IO;
using FlowTest.Build.Tests.Infrastructure;

namespace FlowTest.Build.Tests.EndToEnd;

[Collection(PackedFeedCollection.Name)]
public sealed class IncrementalBuildTests
{
    private const string Weave = "FlowTestWeaveAssembly";
    private readonly PackedFlowTestFeed _feed;

    public IncrementalBuildTests(PackedFlowTestFeed feed)
    {
        _feed = feed;
    }

    [Fact]
    public void First_build_compiles_and_weaves_once()
    {
        var project = ConsumerProject.Create(_feed, "FirstBuild", ConsumerSources.Orders);

        var build = project.Build();

        Assert.True(build.Succeeded, build.Describe());
        Assert.Equal(1, build.Log.ExecutionsOf("CoreCompile"));
        Assert.Equal(1, build.Log.ExecutionsOf(Weave));
        Assert.True(File.Exists(project.BinAssembly));
    }

    [Fact]
    public void Second_build_without_changes_runs_neither_compiler_nor_weaver_and_changes_no_file()
    {
        var project = ConsumerProject.Create(_feed, "NoChange", ConsumerSources.Orders);
        var first = project.Build();
        Assert.True(first.Succeeded, first.Describe());
        var before = FileStates.Capture(project.Directory, "bin", "obj");

        var second = project.Build();

        Assert.True(second.Succeeded, second.Describe());
        Assert.True(second.Log.SkippedAsUpToDate("CoreCompile"), "CoreCompile ran again");
        Assert.Equal(0, second.Log.ExecutionsOf(Weave));
        Assert.Empty(FileStates.Differences(before, FileStates.Capture(project.Directory, "bin", "obj")));
    }

    [Fact]
    public void Touched_source_file_is_compiled_and_woven_exactly_once_then_is_up_to_date_again()
    {
        var project = ConsumerProject.Create(_feed, "Touched", ConsumerSources.Orders);
        Assert.True(project.Build().Succeeded);
        File.SetLastWriteTimeUtc(Path.Combine(project.Directory, "Program.cs"), System.DateTime.UtcNow.AddSeconds(2));

        var rebuild = project.Build();
        var after = project.Build();

        Assert.True(rebuild.Succeeded, rebuild.Describe());
        Assert.Equal(1, rebuild.Log.ExecutionsOf("CoreCompile"));
        Assert.Equal(1, rebuild.Log.ExecutionsOf(Weave));
        Assert.Equal(1, CountOccurrences(rebuild.Log.Text, "FlowTest: Touched.dll ("));
        Assert.Equal(0, after.Log.ExecutionsOf("CoreCompile"));
        Assert.Equal(0, after.Log.ExecutionsOf(Weave));
    }

    [Fact]
    public void Skipped_targets_leave_the_output_folder_full()
    {
        var project = ConsumerProject.Create(_feed, "KeepsBin", ConsumerSources.Orders);
        Assert.True(project.Build().Succeeded);

        var second = project.Build();

        Assert.True(second.Succeeded, second.Describe());
        Assert.True(File.Exists(project.BinAssembly));
        Assert.True(File.Exists(Path.ChangeExtension(project.BinAssembly, ".pdb")));
        Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(project.BinAssembly)!, "FlowTest.dll")));
    }

    [Fact]
    public void Lost_stamp_reruns_the_weaver_which_recognises_the_woven_assembly_and_rewrites_nothing()
    {
        var project = ConsumerProject.Create(_feed, "LostStamp", ConsumerSources.Orders);
        Assert.True(project.Build().Succeeded);
        var woven = File.ReadAllBytes(project.ObjAssembly);
        var wovenTime = File.GetLastWriteTimeUtc(project.ObjAssembly);
        File.Delete(Path.Combine(Path.GetDirectoryName(project.ObjAssembly)!, "LostStamp.flowtest.stamp"));

        var again = project.Build();

        Assert.True(again.Succeeded, again.Describe());
        Assert.Equal(1, again.Log.ExecutionsOf(Weave));
        Assert.Contains("FlowTest: LostStamp.dll (AlreadyWoven", again.Log.Text, System.StringComparison.Ordinal);
        Assert.Equal(woven, File.ReadAllBytes(project.ObjAssembly));
        Assert.Equal(wovenTime, File.GetLastWriteTimeUtc(project.ObjAssembly));
    }

    private static int CountOccurrences(string text, string fragment) =>
        System.Text.RegularExpressions.Regex.Matches(text, System.Text.RegularExpressions.Regex.Escape(fragment)).Count;
}
