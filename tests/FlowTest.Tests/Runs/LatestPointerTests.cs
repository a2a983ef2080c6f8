using System.IO;
using FlowTest.Runs;

namespace FlowTest.Tests.Runs;

public sealed class LatestPointerTests
{
    [Fact]
    public void Latest_link_and_json_move_to_the_run_that_ended()
    {
        using var dir = new TempDirectory();
        Directory.CreateDirectory(dir.Combine("runs", "first"));
        Directory.CreateDirectory(dir.Combine("runs", "second"));
        File.WriteAllText(dir.Combine("runs", "second", "marker.txt"), "second");

        Assert.True(LatestPointer.MoveTo(dir.Path, "first", RunStatus.Passed));
        Assert.True(LatestPointer.MoveTo(dir.Path, "second", RunStatus.Failed));

        var link = new DirectoryInfo(dir.Combine("latest"));
        Assert.Equal("runs/second", link.LinkTarget);
        Assert.Equal("second", File.ReadAllText(dir.Combine("latest", "marker.txt")));
        Assert.Equal("second", LatestPointer.ReadRunId(dir.Path));
        Assert.Contains("\"status\": \"failed\"", File.ReadAllText(dir.Combine("latest.json")));
        Assert.Empty(Directory.GetFiles(dir.Path, "*.tmp-*"));
    }
}
