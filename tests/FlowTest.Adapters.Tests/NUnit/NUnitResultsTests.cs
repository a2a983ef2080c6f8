using FlowTest.NUnit;

namespace FlowTest.Adapters.Tests.NUnitAdapter;

public class NUnitResultsTests
{
    [Theory]
    [InlineData("System.InvalidOperationException : boom", "System.InvalidOperationException")]
    [InlineData("  Expected: 1\n  But was:  2", null)]
    [InlineData("Multiple failures or warnings in test:\n  1) a : b", null)]
    [InlineData(null, null)]
    public void The_exception_type_is_read_from_NUnit_error_messages(string? message, string? expected) =>
        Assert.Equal(expected, NUnitResults.ExceptionTypeOf(message));
}
