namespace FlowTest.Adapters.Tests.Shared;

public class TargetFrameworkNamesTests
{
    [Theory]
    [InlineData(".NETCoreApp,Version=v8.0", "net8.0")]
    [InlineData(".NETCoreApp,Version=v10.0", "net10.0")]
    [InlineData(".NETCoreApp,Version=v3.1", "netcoreapp3.1")]
    [InlineData(".NETFramework,Version=v4.7.2", "net472")]
    [InlineData(".NETFramework,Version=v4.8", "net48")]
    [InlineData("", "")]
    public void Framework_names_become_short_target_framework_monikers(string frameworkName, string expected) =>
        Assert.Equal(expected, TargetFrameworkNames.FromFrameworkName(frameworkName));

    [Fact]
    public void The_running_test_assembly_reports_its_own_framework() =>
        Assert.Equal("net10.0", TargetFrameworkNames.Of(typeof(TargetFrameworkNamesTests).Assembly));
}
