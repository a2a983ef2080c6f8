using System;
using System.Globalization;

namespace FlowTest.Runs;

/// <summary>
/// The fields of one <c>/proc/&lt;pid&gt;/stat</c> line the run agreement needs, parsed without
/// <see cref="System.Diagnostics.Process"/> (whose first use costs a test host more than the reads).
/// </summary>
/// <param name="Pid">Process id.</param>
/// <param name="Command">The kernel's <c>comm</c>: the executable name, cut to 15 characters.</param>
/// <param name="State">R, S, D, Z (zombie: exited, not yet reaped), ...</param>
/// <param name="ParentPid">Parent's id.</param>
/// <param name="StartTicks">Start time after boot, in clock ticks.</param>
internal sealed record LinuxProcStat(int Pid, string Command, char State, int ParentPid, long StartTicks)
{
    /// <summary>The length the kernel cuts <c>comm</c> to (TASK_COMM_LEN - 1).</summary>
    public const int CommandLimit = 15;

    /// <summary>Parses "pid (comm) state ppid ... starttime ..."; comm may hold spaces and parentheses.</summary>
    /// <exception cref="FormatException">The line is not a stat line.</exception>
    public static LinuxProcStat Parse(string stat)
    {
        var open = stat.IndexOf('(');
        var close = stat.LastIndexOf(')');
        if (open < 1 || close < open || close + 2 > stat.Length)
        {
            throw new FormatException("not a /proc stat line");
        }

        // After "(comm) ": field 3 (state) is index 0, ppid index 1, starttime (field 22) index 19.
        var fields = stat.Substring(close + 2).Split(' ');
        if (fields.Length < 20 || fields[0].Length != 1)
        {
            throw new FormatException("a /proc stat line with " + fields.Length + " fields after comm");
        }

        return new LinuxProcStat(
            int.Parse(stat.Substring(0, open).Trim(), NumberStyles.None, CultureInfo.InvariantCulture),
            stat.Substring(open + 1, close - open - 1),
            fields[0][0],
            int.Parse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture),
            long.Parse(fields[19], NumberStyles.None, CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// The executable name as <see cref="System.Diagnostics.Process.ProcessName"/> gives it: <c>comm</c>,
    /// or when the kernel cut it, the file name of argv[0] that it is the start of.
    /// </summary>
    public string ProcessName(string? argument0)
    {
        if (Command.Length < CommandLimit || string.IsNullOrEmpty(argument0))
        {
            return Command;
        }

        var slash = argument0!.LastIndexOf('/');
        var fileName = slash >= 0 ? argument0.Substring(slash + 1) : argument0;
        return fileName.StartsWith(Command, StringComparison.Ordinal) ? fileName : Command;
    }
}
