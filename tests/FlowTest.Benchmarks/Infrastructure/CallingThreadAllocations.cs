using System;
using System.Globalization;
using System.IO;
using System.Runtime.CompilerServices;

namespace FlowTest.Benchmarks.Infrastructure;

/// <summary>
/// Bytes allocated per operation on the benchmark's own thread. BenchmarkDotNet's MemoryDiagnoser
/// counts the whole process (<see cref="GC.GetTotalAllocatedBytes(bool)"/>), which includes
/// FlowTest's writer thread and the peers' worker threads; the goals are about the caller's thread.
/// Runs in the benchmark process; <see cref="CallingThreadAllocatedColumn"/> reads the result in the host.
/// </summary>
internal sealed class CallingThreadAllocations
{
    /// <summary>Set per job, so two jobs of one class measuring the same method keep apart.</summary>
    public const string JobVariable = "FLOWTEST_BENCH_JOB";

    private string? _method;
    private long _bytes;
    private long _operations;
    private long _windowStart = -1;

    public static long CurrentThreadBytes => GC.GetAllocatedBytesForCurrentThread();

    private static string ResultsDirectory => Path.Combine(Path.GetTempPath(), "flowtest-benchmarks", "calling-thread-bytes");

    /// <summary>Names what this process measures; nothing is counted yet.</summary>
    public void Start(string method)
    {
        _method = method;
        _bytes = 0;
        _operations = 0;
        _windowStart = -1;
    }

    /// <summary>Counts every allocation on this thread from now until <see cref="Finish"/> (micro benchmarks).</summary>
    public void OpenWindow() => _windowStart = CurrentThreadBytes;

    /// <summary>One operation done inside the window.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Count() => _operations++;

    /// <summary>Adds one measured stretch (macro benchmarks, where iteration setup must not count).</summary>
    public void Add(long bytesBefore, long operations)
    {
        _bytes += CurrentThreadBytes - bytesBefore;
        _operations += operations;
    }

    /// <summary>Closes the window and leaves bytes per operation for the host's column.</summary>
    /// <param name="benchmarks">The benchmark class (not <c>GetType()</c>: BenchmarkDotNet runs a generated subclass).</param>
    public void Finish(Type benchmarks)
    {
        if (_windowStart >= 0)
        {
            _bytes += CurrentThreadBytes - _windowStart;
            _windowStart = -1;
        }

        if (_method is null || _operations == 0)
        {
            return;
        }

        Directory.CreateDirectory(ResultsDirectory);
        var perOperation = (double)_bytes / _operations;
        File.WriteAllText(ResultPath(benchmarks.Name, _method, Environment.GetEnvironmentVariable(JobVariable)), perOperation.ToString("R", CultureInfo.InvariantCulture));
    }

    /// <summary>Host side: the figure a benchmark process left, or <see langword="null"/>.</summary>
    public static double? Read(string benchmarks, string method, string? job)
    {
        var path = ResultPath(benchmarks, method, job);
        return File.Exists(path) && double.TryParse(File.ReadAllText(path), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    public static void DeleteResults()
    {
        if (Directory.Exists(ResultsDirectory))
        {
            Directory.Delete(ResultsDirectory, recursive: true);
        }
    }

    private static string ResultPath(string benchmarks, string method, string? job) =>
        Path.Combine(ResultsDirectory, benchmarks + "." + method + "." + (job ?? "default") + ".txt");
}
