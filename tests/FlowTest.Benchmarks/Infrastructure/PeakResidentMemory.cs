using System;
using System.Globalization;
using System.IO;

namespace FlowTest.Benchmarks.Infrastructure;

/// <summary>
/// The benchmark process's peak resident memory (Linux <c>VmHWM</c>, what
/// <see cref="System.Diagnostics.Process.PeakWorkingSet64"/> reports), reset after the global setup
/// through <c>/proc/self/clear_refs</c> so compiling the input does not count. Left in a file for
/// <see cref="PeakResidentMemoryColumn"/> in the host, like <see cref="CallingThreadAllocations"/>.
/// </summary>
internal static class PeakResidentMemory
{
    private static string ResultsDirectory => Path.Combine(Path.GetTempPath(), "flowtest-benchmarks", "peak-resident-memory");

    /// <summary>Collects garbage and restarts the peak from the current resident size; false where the OS has no such switch.</summary>
    public static bool Reset()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        try
        {
            // "5" resets the peak RSS counter (Linux 4.0+).
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Peak resident bytes since the last <see cref="Reset"/>.</summary>
    public static long Peak() => StatusValue("VmHWM:") ?? System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64;

    /// <summary>Resident bytes now.</summary>
    public static long Current() => StatusValue("VmRSS:") ?? System.Diagnostics.Process.GetCurrentProcess().WorkingSet64;

    public static void Save(Type benchmarks, string method, long baseline, long peak)
    {
        Directory.CreateDirectory(ResultsDirectory);
        File.WriteAllText(ResultPath(benchmarks.Name, method), baseline.ToString(CultureInfo.InvariantCulture) + " " + peak.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Host side: (resident after setup, peak) in bytes, or null.</summary>
    public static (long Baseline, long Peak)? Read(string benchmarks, string method)
    {
        var path = ResultPath(benchmarks, method);
        if (!File.Exists(path))
        {
            return null;
        }

        var parts = File.ReadAllText(path).Split(' ');
        return (long.Parse(parts[0], CultureInfo.InvariantCulture), long.Parse(parts[1], CultureInfo.InvariantCulture));
    }

    public static void DeleteResults()
    {
        if (Directory.Exists(ResultsDirectory))
        {
            Directory.Delete(ResultsDirectory, recursive: true);
        }
    }

    private static string ResultPath(string benchmarks, string method) => Path.Combine(ResultsDirectory, benchmarks + "." + method + ".txt");

    private static long? StatusValue(string key)
    {
        const string StatusPath = "/proc/self/status";
        if (!File.Exists(StatusPath))
        {
            return null;
        }

        foreach (var line in File.ReadLines(StatusPath))
        {
            if (line.StartsWith(key, StringComparison.Ordinal))
            {
                var kilobytes = line.Substring(key.Length).Trim().Split(' ')[0];
                return long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
            }
        }

        return null;
    }
}
