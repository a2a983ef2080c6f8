using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace FlowTest.Runs;

/// <summary>
/// Which processes are writing a run: one small file per writer under <c>runs/&lt;id&gt;/.writers/</c>,
/// named <c>host_pid</c>. A writer whose process is gone (same host) no longer counts, so the last
/// live writer finalizes the run and a run with none left is reported as crashed.
/// </summary>
internal static class WriterRegistry
{
    public const string DirectoryName = ".writers";

    public static void Register(string runDirectory, string host, int pid)
    {
        var directory = Path.Combine(runDirectory, DirectoryName);
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, FileName(host, pid)), LocalProcesses.StartTimeText(pid));
    }

    public static void Unregister(string runDirectory, string host, int pid)
    {
        var path = Path.Combine(runDirectory, DirectoryName, FileName(host, pid));
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }

    /// <summary>Writers still alive, other than <paramref name="exceptPid"/> on this host.</summary>
    public static IReadOnlyList<string> LiveWriters(string runDirectory, string host, int exceptPid)
    {
        var live = new List<string>();
        var directory = Path.Combine(runDirectory, DirectoryName);
        if (!Directory.Exists(directory))
        {
            return live;
        }

        foreach (var file in Directory.GetFiles(directory))
        {
            var name = Path.GetFileName(file);
            var separator = name.LastIndexOf('_');
            if (separator <= 0 || !int.TryParse(name.Substring(separator + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            {
                continue;
            }

            var writerHost = name.Substring(0, separator);
            var sameHost = string.Equals(writerHost, SafeHost(host), StringComparison.OrdinalIgnoreCase);
            if (sameHost && pid == exceptPid)
            {
                continue;
            }

            // Another host's process cannot be checked from here: count it as alive.
            if (!sameHost || LocalProcesses.IsAlive(pid, ReadText(file)))
            {
                live.Add(writerHost + "/" + pid.ToString(CultureInfo.InvariantCulture));
            }
        }

        return live;
    }

    private static string? ReadText(string path)
    {
        try
        {
            return File.ReadAllText(path).Trim();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string FileName(string host, int pid) => SafeHost(host) + "_" + pid.ToString(CultureInfo.InvariantCulture);

    private static string SafeHost(string host) => RunIdRules.Sanitize(host.Replace('_', '-')) ?? "host";
}
