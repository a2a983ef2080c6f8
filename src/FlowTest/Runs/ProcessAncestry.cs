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
            var self = Read(LocalProcesses.CurrentId);
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
        if (RuntimeInformation.IsOSPlatform(OSPlatform.Linux))
        {
            return ReadLinux(pid.ToString(CultureInfo.InvariantCulture));
        }

        using var process = Process.GetProcessById(pid);
        var name = process.ProcessName;

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
    /// One process from <c>/proc/&lt;pid&gt;</c>, with no <see cref="Process"/>.
    /// The start time is boot time (<c>btime</c>, whole seconds) plus the start in clock ticks: exact,
    /// so every test host computes the same value (<see cref="Process.StartTime"/> on Linux is derived
    /// from the current uptime and jitters). A process gone meanwhile ends the chain.
    /// </summary>
    private static ProcessSnapshot? ReadLinux(string id)
    {
        string stat;
        string commandLine;
        try
        {
            stat = File.ReadAllText("/proc/" + id + "/stat");
            commandLine = File.ReadAllText("/proc/" + id + "/cmdline");
        }
        catch (Exception error) when (error is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }

        LinuxProcStat fields;
        try
        {
            fields = LinuxProcStat.Parse(stat);
        }
        catch (Exception error) when (error is FormatException or OverflowException)
        {
            return null;
        }

        var arguments = commandLine.TrimEnd('\0').Split('\0');
        return new ProcessSnapshot(fields.Pid, fields.ParentPid, LinuxClock.StartOf(fields.StartTicks), fields.ProcessName(arguments[0]), arguments);
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
