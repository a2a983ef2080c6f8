using System;
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace FlowTest.Build;

/// <summary>
/// Times the phases of one weave for the low-importance build message that says where a build's
/// weaving time went: wall time, the process's CPU time and, on .NET, the JIT's share (a task runs
/// cold in every fresh MSBuild node, so compiling the weaver can cost more than running it).
/// </summary>
internal sealed class WeavePhaseClock
{
    private readonly Stopwatch _wall = Stopwatch.StartNew();
    private readonly StringBuilder _phases = new();
    private readonly Sample _start;
    private Sample _last;

    public WeavePhaseClock()
    {
        _start = Sample.Now(_wall);
        _last = _start;
    }

    /// <summary>Whether the weave ran in a no-collection region (<see cref="GarbageCollectionPause"/>); reported with the times.</summary>
    public bool GarbageCollectionPaused { get; set; }

    /// <summary>Closes the phase that ran since the previous call (or since the clock started).</summary>
    public void Completed(string phase)
    {
        var now = Sample.Now(_wall);
        Append(phase, _last, now);
        _last = now;
    }

    /// <summary>
    /// One line: every phase, then the total, each as wall/CPU/JIT milliseconds and JIT-compiled methods.
    /// JIT counts every thread (tier-1 recompilation runs in the background); "jit on this thread" is what the build waited for.
    /// </summary>
    public string Describe()
    {
        var total = new StringBuilder(_phases.ToString());
        var end = Sample.Now(_wall);
        total.Append("total ");
        AppendSpan(total, _start, end);
        total.Append(string.Format(CultureInfo.InvariantCulture, "; jit on this thread {0:0}", (end.ThreadJit - _start.ThreadJit).TotalMilliseconds));
        total.Append(string.Format(CultureInfo.InvariantCulture, "; {0} garbage collections ({3} full), {1:0} ms paused; collections held off: {2}", end.Collections - _start.Collections, (end.GcPause - _start.GcPause).TotalMilliseconds, GarbageCollectionPaused ? "yes" : "no", end.FullCollections - _start.FullCollections));
        return "FlowTest weave timings (ms wall/cpu/jit, methods jitted): " + total;
    }

    private void Append(string phase, Sample from, Sample to)
    {
        _phases.Append(phase).Append(' ');
        AppendSpan(_phases, from, to);
        _phases.Append("; ");
    }

    private static void AppendSpan(StringBuilder text, Sample from, Sample to) =>
        text.Append(string.Format(
            CultureInfo.InvariantCulture,
            "{0:0}/{1:0}/{2:0}, {3}",
            (to.Wall - from.Wall).TotalMilliseconds,
            (to.Cpu - from.Cpu).TotalMilliseconds,
            (to.Jit - from.Jit).TotalMilliseconds,
            to.JittedMethods - from.JittedMethods));

    private readonly struct Sample
    {
        private Sample(TimeSpan wall, TimeSpan cpu, TimeSpan jit, TimeSpan threadJit, long jittedMethods, TimeSpan gcPause)
        {
            GcPause = gcPause;
            Collections = GC.CollectionCount(0);
            FullCollections = GC.CollectionCount(2);
            ThreadJit = threadJit;
            Wall = wall;
            Cpu = cpu;
            Jit = jit;
            JittedMethods = jittedMethods;
        }

        public TimeSpan Wall { get; }

        public TimeSpan Cpu { get; }

        public TimeSpan Jit { get; }

        public TimeSpan ThreadJit { get; }

        public long JittedMethods { get; }

        public TimeSpan GcPause { get; }

        public int Collections { get; }

        public int FullCollections { get; }

        public static Sample Now(Stopwatch wall)
        {
            using var process = Process.GetCurrentProcess();
#if NET
            // Process-wide: MSBuild's other threads are idle while this task runs in a one-project build.
            return new Sample(wall.Elapsed, process.TotalProcessorTime, System.Runtime.JitInfo.GetCompilationTime(), System.Runtime.JitInfo.GetCompilationTime(currentThread: true), System.Runtime.JitInfo.GetCompiledMethodCount(), GC.GetTotalPauseDuration());
#else
            return new Sample(wall.Elapsed, process.TotalProcessorTime, TimeSpan.Zero, TimeSpan.Zero, 0, TimeSpan.Zero);
#endif
        }
    }
}
