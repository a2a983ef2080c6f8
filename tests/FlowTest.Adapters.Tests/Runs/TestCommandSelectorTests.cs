using System;
using FlowTest.Runs;

namespace FlowTest.Adapters.Tests.Runs;

public class TestCommandSelectorTests
{
    private static readonly DateTime Start = new(2026, 11, 22, 10, 0, 0, DateTimeKind.Utc);

    private static ProcessSnapshot Process(int pid, string name, params string[] args) => new(pid, pid - 1, Start, name, args);

    [Fact]
    public void The_dotnet_test_command_above_vstest_and_msbuild_is_chosen()
    {
        var chosen = TestCommandSelector.Choose(new[]
        {
            Process(40, "dotnet", "/usr/share/dotnet/dotnet", "/usr/share/dotnet/sdk/10.0.100/vstest.console.dll", "@/tmp/x.rsp"),
            Process(30, "dotnet", "/usr/share/dotnet/dotnet", "/usr/share/dotnet/sdk/10.0.100/MSBuild.dll", "-nodemode:1"),
            Process(20, "dotnet", "dotnet", "test", "Shop.sln", "--logger", "trx"),
            Process(10, "bash", "bash"),
        });

        Assert.Equal(20, chosen?.Pid);
    }

    [Fact]
    public void Options_before_the_verb_are_skipped() =>
        Assert.True(TestCommandSelector.IsDotnetTestCommand(Process(5, "dotnet", "dotnet", "--diagnostics", "test")));

    [Fact]
    public void Dotnet_build_and_run_are_not_test_commands()
    {
        Assert.False(TestCommandSelector.IsDotnetTestCommand(Process(5, "dotnet", "dotnet", "build")));
        Assert.False(TestCommandSelector.IsDotnetTestCommand(Process(5, "dotnet", "dotnet", "run", "--", "test")));
    }

    [Fact]
    public void Without_dotnet_test_an_IDE_run_keys_on_vstest_console()
    {
        var chosen = TestCommandSelector.Choose(new[]
        {
            Process(40, "dotnet", "dotnet", "/ide/vstest.console.dll", "--port:1234"),
            Process(30, "rider", "/opt/rider/bin/rider"),
        });

        Assert.Equal(40, chosen?.Pid);
    }

    [Fact]
    public void Without_command_lines_the_outermost_dotnet_of_the_chain_is_chosen()
    {
        var chosen = TestCommandSelector.Choose(new[]
        {
            Process(40, "dotnet"),
            Process(30, "dotnet"),
            Process(20, "dotnet"),
            Process(10, "pwsh"),
        });

        Assert.Equal(20, chosen?.Pid);
    }

    [Fact]
    public void A_process_not_started_by_a_test_command_finds_none() =>
        Assert.Null(TestCommandSelector.Choose(new[] { Process(30, "bash", "bash"), Process(10, "sshd", "sshd") }));
}
