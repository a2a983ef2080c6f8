using System;
using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Runtime.InteropServices;

namespace FlowTest.Runs;

/// <summary>
/// This process's id and whether another process of this machine is still the one that registered:
/// on Linux straight from <c>/proc</c>, elsewhere through <see cref="Process"/>. Every test host asks
/// when it joins a run and the last one when it leaves, and the first use of <see cref="Process"/>
/// costs a cold host ~20 ms of CPU (loading and initializing it), far more than reading one file.
/// </summary>
internal static class LocalProcesses
{
    /// <summary>The current process's id.</summary>
    public static int CurrentId =>
#if NET5_0_OR_GREATER
        Environment.ProcessId;
#else
        CurrentIdThroughProcess();
#endif

    /// <summary>
    /// When process <paramref name="pid"/> started, as UTC ticks text; empty when it is gone or the OS
    /// does not say. Exact and stable on Linux (boot time plus the start in clock ticks).
    /// </summary>
    public static string StartTimeText(int pid)
    {
        if (RuntimeInformation.IsOSPlatform(OSPlatform.Linux))
        {
            return LinuxStart(pid) is { } start ? start.Ticks.ToString(CultureInfo.InvariantCulture) : "";
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            return process.HasExited ? "" : process.StartTime.ToUniversalTime().Ticks.ToString(CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or Win32Exception or NotSupportedException)
        {
            return "";
        }
    }

    /// <summary>Whether <paramref name="pid"/> runs and, when <paramref name="recordedStart"/> is given, is the process that recorded it (not a recycled pid).</summary>
    public static bool IsAlive(int pid, string? recordedStart)
    {
        var start = StartTimeText(pid);
        return start.Length > 0
            ? string.IsNullOrEmpty(recordedStart) || string.Equals(start, recordedStart, StringComparison.Ordinal)
            : string.IsNullOrEmpty(recordedStart) && ExistsWithoutStartTime(pid);
    }

    private static DateTime? LinuxStart(int pid)
    {
        try
        {
            var stat = LinuxProcStat.Parse(File.ReadAllText("/proc/" + pid.ToString(CultureInfo.InvariantCulture) + "/stat"));
            return stat.State == 'Z' ? null : LinuxClock.StartOf(stat.StartTicks);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or OverflowException or InvalidOperationException)
        {
            return null;
        }
    }

    // A process the OS gives no start time for (rare: access denied on Windows) still counts when it exists.
    private static bool ExistsWithoutStartTime(int pid)
    {
        if (RuntimeInformation.IsOSPlatform(OSPlatform.Linux))
        {
            return false;
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or Win32Exception or NotSupportedException)
        {
            return false;
        }
    }

#if !NET5_0_OR_GREATER
    private static int CurrentIdThroughProcess()
    {
        using var process = Process.GetCurrentProcess();
        return process.Id;
    }
#endif
}
