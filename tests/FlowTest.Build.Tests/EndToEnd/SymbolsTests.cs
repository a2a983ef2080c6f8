using System.Collections.Generic;
using FlowTest.Build.Tests.Infrastructure;

namespace FlowTest.Build.Tests.EndToEnd;

[Collection(PackedFeedCollection.Name)]
public sealed class SymbolsTests
{
    private readonly PackedFlowTestFeed _feed;

    public SymbolsTests(PackedFlowTestFeed feed)
    {
        _feed = feed;
    }

    [Theory]
    [InlineData("portable")]
    [InlineData("embedded")]
    public void Exception_from_a_woven_method_shows_the_original_source_line(string debugType)
    {
        var project = ConsumerProject.Create(_feed, "Symbols" + debugType, ConsumerSources.OrdersThatThrow,
            new Dictionary<string, string> { ["DebugType"] = debugType });
        var build = project.Build();
        Assert.True(build.Succeeded, build.Describe());

        var run = project.Run(project.NewArtifactsDirectory());

        Assert.True(AssemblyInspection.IsWoven(project.BinAssembly));
        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.Contains($"Orders.cs:line {ConsumerSources.ThrowLine}", run.Output, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Assembly_without_symbols_is_woven_and_runs()
    {
        var project = ConsumerProject.Create(_feed, "NoSymbols", ConsumerSources.OrdersThatThrow,
            new Dictionary<string, string> { ["DebugType"] = "none" });
        var build = project.Build();
        Assert.True(build.Succeeded, build.Describe());

        var artifacts = project.NewArtifactsDirectory();
        var run = project.Run(artifacts);

        Assert.True(AssemblyInspection.IsWoven(project.BinAssembly));
        Assert.False(System.IO.File.Exists(System.IO.Path.ChangeExtension(project.BinAssembly, ".pdb")));
        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.Contains(ConsumerProject.TraceLines(artifacts), line => line.Contains("\"flow.exception\"", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("portable")]
    [InlineData("embedded")]
    public void Sequence_points_of_a_woven_method_map_to_the_lines_of_the_unwoven_one(string debugType)
    {
        var woven = ConsumerProject.Create(_feed, "PointsWoven" + debugType, ConsumerSources.OrdersThatThrow,
            new Dictionary<string, string> { ["DebugType"] = debugType });
        var plain = ConsumerProject.Create(_feed, "PointsPlain" + debugType, ConsumerSources.OrdersThatThrow,
            new Dictionary<string, string> { ["DebugType"] = debugType, ["FlowTestWeave"] = "false" });
        Assert.True(woven.Build().Succeeded);
        Assert.True(plain.Build().Succeeded);

        var wovenLines = AssemblyInspection.VisibleSequencePointLines(woven.BinAssembly, "Orders", "Submit");
        var plainLines = AssemblyInspection.VisibleSequencePointLines(plain.BinAssembly, "Orders", "Submit");

        Assert.True(AssemblyInspection.IsWoven(woven.BinAssembly));
        Assert.Contains(ConsumerSources.ThrowLine, plainLines);
        Assert.Equal(plainLines, wovenLines);
    }
}
