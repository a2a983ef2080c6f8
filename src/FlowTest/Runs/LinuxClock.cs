using System;
using System.Globalization;
using System.IO;
using System.Runtime.InteropServices;

namespace FlowTest.Runs;

/// <summary>
/// Boot time and clock ticks per second, to turn a <c>/proc/&lt;pid&gt;/stat</c> start time into UTC.
/// Read once per process: they do not change while it runs, and /proc/stat is read for one line.
/// </summary>
internal static class LinuxClock
{
    private const int ClockTicksName = 2; // _SC_CLK_TCK

    private static DateTime? _bootTime;
    private static long _ticksPerSecond;

    /// <summary>When the machine booted (<c>btime</c> of /proc/stat, whole seconds).</summary>
    /// <exception cref="InvalidOperationException">/proc/stat has no <c>btime</c>.</exception>
    public static DateTime BootTime => _bootTime ??= ReadBootTime();

    /// <summary><c>sysconf(_SC_CLK_TCK)</c>; 100 (the Linux default) when it cannot be asked.</summary>
    public static long TicksPerSecond => _ticksPerSecond > 0 ? _ticksPerSecond : _ticksPerSecond = ReadTicksPerSecond();

    /// <summary>UTC time of a start given in clock ticks after boot (<c>/proc/&lt;pid&gt;/stat</c> field 22).</summary>
    public static DateTime StartOf(long startTicks) => BootTime.AddTicks(startTicks * (TimeSpan.TicksPerSecond / TicksPerSecond));

    private static DateTime ReadBootTime()
    {
        foreach (var line in File.ReadLines("/proc/stat"))
        {
            if (line.StartsWith("btime ", StringComparison.Ordinal))
            {
                var seconds = long.Parse(line.Substring(6).Trim(), NumberStyles.None, CultureInfo.InvariantCulture);
                return new DateTime(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddSeconds(seconds);
            }
        }

        throw new InvalidOperationException("/proc/stat has no btime");
    }

    private static long ReadTicksPerSecond()
    {
        try
        {
            var ticks = sysconf(ClockTicksName);
            return ticks > 0 ? ticks : 100;
        }
        catch (Exception error) when (error is DllNotFoundException or EntryPointNotFoundException)
        {
            return 100;
        }
    }

    [DllImport("libc", SetLastError = false)]
    private static extern long sysconf(int name);
}
