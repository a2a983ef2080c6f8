using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Runtime.InteropServices;

namespace FlowTest.Runs;

/// <summary>
/// Reads the parent chain of the current process: <c>/proc</c> on Linux, <c>ps</c> on macOS,
/// <c>NtQueryInformationProcess</c> on Windows (no command lines there). Any failure ends the chain.
/// </summary>
internal static class ProcessAncestry
{
    private const int MaxDepth = 10;

    /// <summary>The ancestors of this process, parent first.</summary>
    public static IReadOnlyList<ProcessSnapshot> OfCurrentProcess()
    {
        var chain = new List<ProcessSnapshot>();
        try
        {
            var self = Read(Process.GetCurrentProcess().Id);
            var parentPid = self?.ParentPid ?? 0;
            while (parentPid > 1 && chain.Count < MaxDepth)
            {
                var parent = Read(parentPid);
                if (parent is null)
                {
                    break;
                }

                chain.Add(parent);
                parentPid = parent.ParentPid;
            }
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or InvalidOperationException or Win32Exception or ArgumentException or NotSupportedException or DllNotFoundException or EntryPointNotFoundException)
        {
            // A partial chain is still useful; an empty one means "no shared run".
        }

        return chain;
    }

    private static ProcessSnapshot? Read(int pid)
    {
        using var process = Process.GetProcessById(pid);
        var name = process.ProcessName;
        if (RuntimeInformation.IsOSPlatform(OSPlatform.Linux))
        {
            var (linuxParent, linuxStart) = LinuxParentAndStart(pid);
            return new ProcessSnapshot(pid, linuxParent, linuxStart, name, LinuxArguments(pid));
        }

        // Windows and macOS keep an absolute start time, so every reader gets the same value.
        var start = process.StartTime.ToUniversalTime();

        if (RuntimeInformation.IsOSPlatform(OSPlatform.OSX))
        {
            var (parent, arguments) = PsParentAndArguments(pid);
            return new ProcessSnapshot(pid, parent, start, name, arguments);
        }

        if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
        {
            return new ProcessSnapshot(pid, WindowsParent(process), start, name, Array.Empty<string>());
        }

        return null;
    }

    /// <summary>
    /// Parent and start time from <c>/proc</c>. The start time is boot time (<c>btime</c>, whole
    /// seconds) plus the start in clock ticks: exact, so every test host computes the same value
    /// (<see cref="Process.StartTime"/> on Linux is derived from the current uptime and jitters).
    /// </summary>
    private static (int Parent, DateTime StartUtc) LinuxParentAndStart(int pid)
    {
        // /proc/<pid>/stat: "pid (comm) state ppid ..."; comm may hold spaces and parentheses.
        var stat = File.ReadAllText("/proc/" + pid.ToString(CultureInfo.InvariantCulture) + "/stat");
        var fields = stat.Substring(stat.LastIndexOf(')') + 2).Split(' ');
        var parent = int.Parse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture);
        var startTicks = long.Parse(fields[19], NumberStyles.None, CultureInfo.InvariantCulture);
        var clockTicksPerSecond = LinuxClockTicksPerSecond();
        var start = LinuxBootTime().AddTicks(startTicks * (TimeSpan.TicksPerSecond / clockTicksPerSecond));
        return (parent, start);
    }

    private static DateTime LinuxBootTime()
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

    private static long LinuxClockTicksPerSecond()
    {
        try
        {
            var ticks = sysconf(LinuxClockTicksName);
            return ticks > 0 ? ticks : 100;
        }
        catch (Exception error) when (error is DllNotFoundException or EntryPointNotFoundException)
        {
            return 100;
        }
    }

    private const int LinuxClockTicksName = 2; // _SC_CLK_TCK

    [DllImport("libc", SetLastError = false)]
    private static extern long sysconf(int name);

    private static IReadOnlyList<string> LinuxArguments(int pid)
    {
        var raw = File.ReadAllText("/proc/" + pid.ToString(CultureInfo.InvariantCulture) + "/cmdline");
        return raw.TrimEnd('\0').Split('\0');
    }

    private static (int Parent, IReadOnlyList<string> Arguments) PsParentAndArguments(int pid)
    {
        var info = new ProcessStartInfo("ps", "-o ppid=,args= -p " + pid.ToString(CultureInfo.InvariantCulture))
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        using var ps = Process.Start(info) ?? throw new InvalidOperationException("ps did not start");
        var line = ps.StandardOutput.ReadToEnd().Trim();
        ps.WaitForExit(5000);
        var space = line.IndexOf(' ');
        if (space < 0)
        {
            return (int.Parse(line, NumberStyles.None, CultureInfo.InvariantCulture), Array.Empty<string>());
        }

        // ps joins argv with spaces: good enough to spot "dotnet test" and vstest.console.
        var parent = int.Parse(line.Substring(0, space), NumberStyles.None, CultureInfo.InvariantCulture);
        return (parent, line.Substring(space + 1).Trim().Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries));
    }

    private static int WindowsParent(Process process)
    {
        var info = default(ProcessBasicInformation);
        var status = NtQueryInformationProcess(process.Handle, 0, ref info, Marshal.SizeOf<ProcessBasicInformation>(), out _);
        return status == 0 ? info.InheritedFromUniqueProcessId.ToInt32() : 0;
    }

    [DllImport("ntdll.dll")]
    private static extern int NtQueryInformationProcess(IntPtr processHandle, int processInformationClass, ref ProcessBasicInformation processInformation, int processInformationLength, out int returnLength);

    [StructLayout(LayoutKind.Sequential)]
    private struct ProcessBasicInformation
    {
        public IntPtr ExitStatus;
        public IntPtr PebBaseAddress;
        public IntPtr AffinityMask;
        public IntPtr BasePriority;
        public IntPtr UniqueProcessId;
        public IntPtr InheritedFromUniqueProcessId;
    }
}
