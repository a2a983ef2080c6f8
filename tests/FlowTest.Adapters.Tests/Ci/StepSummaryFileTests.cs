using System.IO;
using FlowTest.Ci;

namespace FlowTest.Adapters.Tests.Ci;

public sealed class StepSummaryFileTests
{
    [Fact]
    public void A_run_finalized_again_replaces_its_own_summary_when_it_is_still_the_end_of_the_file()
    {
        using var temp = new TempDirectory("step-summary");
        var stepSummary = temp.Combine("summary.md");
        File.WriteAllText(stepSummary, "earlier\n");

        StepSummaryFile.Publish(stepSummary, temp.Path, "first run end");
        StepSummaryFile.Publish(stepSummary, temp.Path, "second run end\n");

        Assert.Equal("earlier\nsecond run end\n", File.ReadAllText(stepSummary));
    }

    [Fact]
    public void A_summary_followed_by_other_output_is_kept_and_the_new_one_appended()
    {
        using var temp = new TempDirectory("step-summary");
        var stepSummary = temp.Combine("summary.md");

        StepSummaryFile.Publish(stepSummary, temp.Path, "first");
        File.AppendAllText(stepSummary, "another tool\n");
        StepSummaryFile.Publish(stepSummary, temp.Path, "second");

        Assert.Equal("first\nanother tool\nsecond\n", File.ReadAllText(stepSummary));
    }

    [Theory]
    [InlineData("/s.md\n10\n5\n", "/s.md", 15L, 10L)]
    [InlineData("/s.md\n10\n5\n", "/s.md", 16L, null)]
    [InlineData("/other.md\n10\n5\n", "/s.md", 15L, null)]
    [InlineData("garbage", "/s.md", 15L, null)]
    [InlineData(null, "/s.md", 0L, null)]
    public void Only_our_own_tail_of_the_same_file_is_replaceable(string? record, string path, long length, long? expected) =>
        Assert.Equal(expected, StepSummaryFile.ReplaceableStart(record, path, length));
}
