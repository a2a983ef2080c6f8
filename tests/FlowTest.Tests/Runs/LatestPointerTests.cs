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

    [Fact]
    public void Latest_json_is_what_the_serializer_wrote_before()
    {
        var path = Path.Combine("/tmp", "repo+x", ".flowtest", "runs", "r-1");
        var expected = System.Text.Json.JsonSerializer.Serialize(
            new { run_id = "r-1", path, status = "passed" },
            new System.Text.Json.JsonSerializerOptions { WriteIndented = true });

        Assert.Equal(expected, LatestPointer.Json("r-1", path, "passed"));
    }

    [Theory]
    [InlineData("{\"run_id\": \"r-7\", \"path\": \"/x\", \"status\": \"failed\"}", "r-7")]
    [InlineData("{\"path\": \"/x\"}", null)]
    [InlineData("{\"run_id\": 7}", null)]
    [InlineData("[]", null)]
    public void Reads_the_run_id_field_only_when_it_is_a_string(string json, string? expected) =>
        Assert.Equal(expected, LatestPointer.RunIdIn(json));

    [Fact]
    public void A_latest_json_that_is_not_json_names_no_run()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.Combine("latest.json"), "{ not json");

        Assert.Null(LatestPointer.ReadRunId(dir.Path));
    }
}
