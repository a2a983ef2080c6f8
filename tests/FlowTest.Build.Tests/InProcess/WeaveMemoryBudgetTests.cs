namespace FlowTest.Build.Tests.InProcess;

public sealed class WeaveMemoryBudgetTests
{
    [Fact]
    public void Budget_grows_with_the_files_weaved()
    {
        var twoMegabytes = WeaveMemoryBudget.For(2L << 20);

        Assert.Equal((2L << 20) * WeaveMemoryBudget.BytesPerFileByte + WeaveMemoryBudget.Margin, twoMegabytes);
        Assert.True(WeaveMemoryBudget.For(3L << 20) > twoMegabytes);
    }

    [Fact]
    public void Small_assembly_gets_the_minimum_budget()
    {
        Assert.Equal(WeaveMemoryBudget.Minimum, WeaveMemoryBudget.For(4096));
    }

    [Fact]
    public void Huge_assembly_is_capped_so_nothing_unbounded_is_reserved()
    {
        Assert.Equal(WeaveMemoryBudget.Maximum, WeaveMemoryBudget.For(1L << 30));
    }
}
