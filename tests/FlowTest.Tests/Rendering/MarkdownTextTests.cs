using FlowTest.Artifacts.Rendering;

namespace FlowTest.Tests.Rendering;

public sealed class MarkdownTextTests
{
    [Theory]
    [InlineData("plain", "`plain`")]
    [InlineData("has `tick`", "`` has `tick` ``")]
    [InlineData("`edge", "`` `edge ``")]
    [InlineData("two\nlines", "`two lines`")]
    public void Code_spans_survive_backticks_and_newlines(string text, string expected)
    {
        Assert.Equal(expected, MarkdownText.Code(text));
    }

    [Theory]
    [InlineData("order_id stays", "order_id stays")]
    [InlineData("_emphasis_", "\\_emphasis\\_")]
    [InlineData("a*b [c](d) <e> | #f", "a\\*b \\[c\\](d) \\<e\\> \\| \\#f")]
    public void Prose_escapes_only_what_could_become_markup(string text, string expected)
    {
        Assert.Equal(expected, MarkdownText.Text(text));
    }

    [Fact]
    public void Fences_outgrow_the_backticks_inside()
    {
        Assert.Equal("````text\na ``` b\n````\n", MarkdownText.Fence("a ``` b\n", "text"));
    }

    [Fact]
    public void Long_text_is_cut_with_an_ellipsis_but_never_inside_a_surrogate_pair()
    {
        Assert.Equal("abc…", MarkdownText.OneLine("abcdef", 3));
        Assert.Equal("a…", MarkdownText.Cut("a😀b", 2));
    }
}
