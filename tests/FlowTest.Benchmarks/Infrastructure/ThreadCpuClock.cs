using System.Runtime.InteropServices;

namespace FlowTest.Benchmarks.Infrastructure;

/// <summary>
/// CPU time of the calling thread (Linux <c>CLOCK_THREAD_CPUTIME_ID</c>): what a phase costs the
/// thread a test runner waits on, apart from the threads working beside it. NaN elsewhere.
/// </summary>
internal static class ThreadCpuClock
{
    private const int ThreadCpuTimeId = 3;

    public static double Milliseconds()
    {
        if (!RuntimeInformation.IsOSPlatform(OSPlatform.Linux))
        {
            return double.NaN;
        }

        return clock_gettime(ThreadCpuTimeId, out var time) == 0 ? (time.Seconds * 1000.0) + (time.Nanoseconds / 1_000_000.0) : double.NaN;
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int clock_gettime(int clockId, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
