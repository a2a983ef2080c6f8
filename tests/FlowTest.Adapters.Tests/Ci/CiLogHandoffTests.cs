using FlowTest.Ci;

namespace FlowTest.Adapters.Tests.Ci;

public sealed class CiLogHandoffTests
{
    [Fact]
    public void A_run_finalized_again_prints_only_its_new_lines_in_order()
    {
        var printed = new[] { "::error title=a::1", "FlowTest run directory: /r" };
        var again = new[] { "::error title=a::1", "::error title=b::2", "FlowTest run directory: /r" };

        Assert.Equal(new[] { "::error title=b::2" }, CiLogHandoff.Unprinted(again, printed));
    }

    [Fact]
    public void Nothing_printed_yet_prints_every_line_once_and_no_blank_lines()
    {
        Assert.Equal(new[] { "x", "y" }, CiLogHandoff.Unprinted(new[] { "x", "", "y", "x" }, System.Array.Empty<string>()));
    }
}
