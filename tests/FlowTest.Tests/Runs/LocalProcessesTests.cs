using System.Diagnostics;
using FlowTest.Runs;

namespace FlowTest.Tests.Runs;

public sealed class LocalProcessesTests
{
    private const int NoSuchPid = 0x3FFFFFF0;

    [Fact]
    public void The_current_id_is_the_process_id()
    {
        using var current = Process.GetCurrentProcess();

        Assert.Equal(current.Id, LocalProcesses.CurrentId);
    }

    [Fact]
    public void The_current_process_is_alive_with_the_start_time_it_registers_and_the_same_start_on_every_read()
    {
        var start = LocalProcesses.StartTimeText(LocalProcesses.CurrentId);

        Assert.NotEqual("", start);
        Assert.Equal(start, LocalProcesses.StartTimeText(LocalProcesses.CurrentId));
        Assert.True(LocalProcesses.IsAlive(LocalProcesses.CurrentId, start));
        Assert.True(LocalProcesses.IsAlive(LocalProcesses.CurrentId, null));
    }

    [Fact]
    public void A_recycled_pid_with_another_start_time_is_not_the_writer_that_registered()
    {
        var start = long.Parse(LocalProcesses.StartTimeText(LocalProcesses.CurrentId), System.Globalization.CultureInfo.InvariantCulture);

        Assert.False(LocalProcesses.IsAlive(LocalProcesses.CurrentId, (start - 10_000_000).ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void A_pid_that_does_not_exist_is_not_alive_and_has_no_start_time()
    {
        Assert.Equal("", LocalProcesses.StartTimeText(NoSuchPid));
        Assert.False(LocalProcesses.IsAlive(NoSuchPid, null));
        Assert.False(LocalProcesses.IsAlive(NoSuchPid, "638000000000000000"));
    }
}
