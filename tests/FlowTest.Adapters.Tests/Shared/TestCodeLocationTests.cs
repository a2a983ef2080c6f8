namespace FlowTest.Adapters.Tests.Shared;

public class TestCodeLocationTests
{
    [Fact]
    public void The_test_line_is_the_first_frame_outside_assertion_frameworks()
    {
        const string stack =
            "   at Xunit.Assert.Equal[T](T expected, T actual) in /_/src/xunit.assert/Asserts/EqualityAsserts.cs:line 140\n" +
            "   at Shop.Tests.OrderTests.Submits() in /src/Shop.Tests/OrderTests.cs:line 42\n" +
            "   at Shop.Tests.Base.Run() in /src/Shop.Tests/Base.cs:line 7";

        Assert.True(TestCodeLocation.TryFind(stack, out var file, out var line));
        Assert.Equal("/src/Shop.Tests/OrderTests.cs", file);
        Assert.Equal(42, line);
    }

    [Fact]
    public void Windows_paths_with_spaces_are_read_whole()
    {
        Assert.True(TestCodeLocation.TryFind(@"   at Shop.Tests.A.B() in C:\My Code\Shop Tests\A.cs:line 9", out var file, out var line));
        Assert.Equal(@"C:\My Code\Shop Tests\A.cs", file);
        Assert.Equal(9, line);
    }

    [Fact]
    public void A_stack_without_source_locations_gives_none() =>
        Assert.False(TestCodeLocation.TryFind("   at Shop.Tests.A.B()\n   at Xunit.Sdk.X.Y()", out _, out _));
}
