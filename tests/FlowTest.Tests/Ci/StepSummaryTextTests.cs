using System.Linq;
using System.Text;
using FlowTest.Ci;

namespace FlowTest.Tests.Ci;

public sealed class StepSummaryTextTests
{
    [Fact]
    public void A_summary_under_the_limit_is_kept_as_is()
    {
        Assert.Equal("# run\nok\n", StepSummaryText.Fit("# run\nok\n", "/r/summary.md", 100));
    }

    [Fact]
    public void A_larger_summary_is_cut_on_a_line_boundary_under_the_limit_with_a_note_naming_the_file()
    {
        var markdown = string.Join("\n", Enumerable.Range(1, 400).Select(i => "| flow " + i + " | ok |"));

        var fitted = StepSummaryText.Fit(markdown, "/r/summary.md", 2_000);

        Assert.True(Encoding.UTF8.GetByteCount(fitted) <= 2_000);
        Assert.StartsWith("| flow 1 | ok |\n", fitted);
        Assert.Contains("`/r/summary.md`", fitted);
        Assert.All(fitted.Split('\n').Where(l => l.StartsWith('|')), line => Assert.EndsWith("| ok |", line));
    }

    [Fact]
    public void A_cut_inside_a_mermaid_block_closes_the_fence_before_the_note()
    {
        var markdown = "# run\n```mermaid\n" + string.Join("\n", Enumerable.Range(1, 500).Select(i => "  f" + i + " --> f" + (i + 1)));

        var fitted = StepSummaryText.Fit(markdown, "/r/summary.md", 1_000);

        var fences = fitted.Split('\n').Count(line => line.StartsWith("```", System.StringComparison.Ordinal));
        Assert.Equal(2, fences);
        Assert.True(Encoding.UTF8.GetByteCount(fitted) <= 1_000);
    }
}
