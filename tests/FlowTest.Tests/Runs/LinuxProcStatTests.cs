using System;
using System.Linq;
using FlowTest.Runs;

namespace FlowTest.Tests.Runs;

public sealed class LinuxProcStatTests
{
    // Fields 5 to 21 (pgrp ... itrealvalue) do not matter here; field 22 is the start time.
    private static string Line(string pidAndCommand, int parent, long start) =>
        pidAndCommand + " S " + parent + " " + string.Join(" ", Enumerable.Repeat("0", 17)) + " " + start + " 0 0 0\n";

    [Fact]
    public void Reads_pid_command_parent_and_start_ticks()
    {
        var stat = LinuxProcStat.Parse(Line("4242 (dotnet)", 4100, 123456));

        Assert.Equal(4242, stat.Pid);
        Assert.Equal("dotnet", stat.Command);
        Assert.Equal('S', stat.State);
        Assert.Equal(4100, stat.ParentPid);
        Assert.Equal(123456L, stat.StartTicks);
    }

    [Fact]
    public void A_command_with_spaces_and_parentheses_does_not_shift_the_fields()
    {
        var stat = LinuxProcStat.Parse(Line("77 (a (b) c)", 12, 123456));

        Assert.Equal("a (b) c", stat.Command);
        Assert.Equal(12, stat.ParentPid);
        Assert.Equal(123456L, stat.StartTicks);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not a stat line")]
    [InlineData("1 (short) S 0 1")]
    public void A_line_that_is_not_a_stat_line_is_a_format_error(string text) =>
        Assert.Throws<FormatException>(() => LinuxProcStat.Parse(text));

    [Theory]
    [InlineData("dotnet", "/usr/share/dotnet/dotnet", "dotnet")]
    [InlineData("vstest.console", "/x/vstest.console", "vstest.console")]
    [InlineData("ReSharperTestRu", "/opt/ReSharperTestRunner64", "ReSharperTestRunner64")]
    [InlineData("ReSharperTestRu", "/opt/other", "ReSharperTestRu")]
    [InlineData("ReSharperTestRu", "", "ReSharperTestRu")]
    public void The_process_name_is_the_command_or_the_uncut_file_name_of_argv0(string command, string argument0, string expected) =>
        Assert.Equal(expected, new LinuxProcStat(1, command, 'S', 0, 0).ProcessName(argument0));
}
