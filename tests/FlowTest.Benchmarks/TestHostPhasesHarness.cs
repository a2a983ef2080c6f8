using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection.PortableExecutable;
using System.Runtime;
using System.Threading;
using FlowTest.Adapters;
using FlowTest.Artifacts.Digest;
using FlowTest.Artifacts.Rendering;
using FlowTest.Benchmarks.Infrastructure;
using FlowTest.Config;
using FlowTest.Reading;
using FlowTest.Recording;

namespace FlowTest.Benchmarks;

/// <summary>
/// Issue 4 attribution: what the adapter costs a test host, by phase, in CPU time and allocations
/// (wall time says little on a shared machine). Runs the adapters' own path in this process — agree
/// on the run, start the recorder, <c>N</c> passing tests through <see cref="TestFlows"/> named like
/// the generated suites, let the writer catch up, end the assembly (flush, finalize) — then digests and renders the same trace
/// again, warm, to split finalization. One fresh process per call, so the start phase is cold as in a
/// test host. <c>dotnet run -c Release --project tests/FlowTest.Benchmarks -- host-phases 20000</c>.
/// </summary>
internal static class TestHostPhasesHarness
{
    // About what NUnit and xUnit take to load and explore the generated 2,000-test suites here.
    private const int ExplorationMilliseconds = 300;

    /// <param name="tests">Passing tests to record.</param>
    /// <param name="rehearse">Whether the test framework's exploration is simulated first: the adapters start
    /// <see cref="TestHostRehearsal"/> then, and the process waits as a runner exploring the assembly would.</param>
    public static int Run(int tests, bool rehearse = true)
    {
        using var directory = new BenchmarkDirectory("host-phases");
        Environment.SetEnvironmentVariable("FLOWTEST_ARTIFACTS", directory.Combine("artifacts"));
        Console.WriteLine("// FlowTest.dll: " + FlowTestImageKind());
        Console.WriteLine(FormattableString.Invariant($"| phase ({tests:N0} tests, cold process) | CPU ms | of it this thread ms | JIT ms (methods) | allocated MB | managed heap after MB | peak working set MB |"));
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        var meter = new PhaseMeter();
        meter.Report("process before FlowTest");

        if (rehearse)
        {
            TestHostLifetime.Prepare(TestSources.NUnit);
            Thread.Sleep(ExplorationMilliseconds);
            meter.Report(FormattableString.Invariant($"rehearsal beside the runner's exploration ({ExplorationMilliseconds} ms wall, CPU of the rehearsal)"));
        }

        TestHostLifetime.BeginAssembly();
        meter.Report("run agreement (process ancestry)");

        _ = FlowRuntime.Recorder;
        meter.Report("recorder start (config, run dir, run.json, git, retention)");

        for (var t = 0; t < tests; t++)
        {
            var number = t.ToString("00000", CultureInfo.InvariantCulture);
            var className = "Suite.Tests" + (t / 100).ToString("0000", CultureInfo.InvariantCulture);
            var test = new TestIdentity
            {
                ClassName = className,
                MethodName = "Adds_" + number,
                DisplayName = className + ".Adds_" + number,
                TestCaseId = Guid.NewGuid().ToString("N"),
                AssemblyName = "Suite",
                TargetFramework = "net10.0",
            };
            var flow = TestFlows.Start(TestSources.Xunit, test);
            TestFlows.Finish(flow, new TestResultReport { Outcome = TestOutcome.Passed });
        }

        meter.Report(FormattableString.Invariant($"{tests:N0} tests (start + finish) on the test thread, writer thread beside it"));

        // Here the tests are far quicker than real ones, so the writer (formatting, appending and, in a
        // test host that created its run, digesting) is still behind; in a real host it keeps up
        // beside the tests. Measured apart, so that the next phase is what VSTest waits for.
        Flow.Flush();
        meter.Report("  writer catches up (beside the tests in a real host)");

        var runDirectory = FlowRuntime.RunDirectory ?? throw new InvalidOperationException("recording did not start");
        TestHostLifetime.EndAssembly();
        meter.Report("end of assembly: flush + finalize (read back, digest, summary.md, run.json, latest)");

        // The same finalization steps again, warm, to see which one costs what (streamed, as the finalizer does).
        var records = new TraceReader().ReadRun(runDirectory).LongCount();
        meter.Report(FormattableString.Invariant($"  warm: read the trace back ({records:N0} records)"));
        var reader = new RunDigestReader(new RunDigestOptions());
        var digest = reader.ReadRun(runDirectory);
        meter.Report("  warm: read back + digest, as the finalizer does (heap after = the digest)");
        var header = new RunHeader { RunId = "phases", RunDirectory = runDirectory, ReadStats = reader.Stats };
        var summary = SummaryRenderer.Render(header, digest, FlowCatalog.Empty, FlowTestConfig.Default.Performance);
        meter.Report(FormattableString.Invariant($"  warm: render summary.md ({summary.Length / 1024:N0} KB)"));
        GC.KeepAlive(digest);
        return 0;
    }

    /// <summary>Whether this process runs FlowTest precompiled (the packed lib/net10.0 image) or as IL (a project build).</summary>
    private static string FlowTestImageKind()
    {
        var location = typeof(FlowRuntime).Assembly.Location;
        using var reader = new PEReader(File.OpenRead(location));
        var precompiled = reader.PEHeaders.CorHeader?.ManagedNativeHeaderDirectory.Size > 0;
        return (precompiled ? "ReadyToRun" : "IL only (JIT)") + ", " + location;
    }

    /// <summary>CPU time, JIT time and allocations since the previous report.</summary>
    private sealed class PhaseMeter
    {
        private readonly Process _process = Process.GetCurrentProcess();
        private TimeSpan _cpu;
        private double _threadMilliseconds = ThreadCpuClock.Milliseconds();
        private long _allocated;
        private TimeSpan _jit;
        private long _jitted;

        public void Report(string phase)
        {
            _process.Refresh();
            var cpu = _process.TotalProcessorTime;
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var jit = JitInfo.GetCompilationTime();
            var jitted = JitInfo.GetCompiledMethodCount();
            var thread = ThreadCpuClock.Milliseconds();
            Console.WriteLine(FormattableString.Invariant(
                $"| {phase} | {(cpu - _cpu).TotalMilliseconds:0} | {thread - _threadMilliseconds:0} | {(jit - _jit).TotalMilliseconds:0} ({jitted - _jitted:N0}) | {(allocated - _allocated) / 1048576.0:0.0} | {GC.GetTotalMemory(false) / 1048576.0:0} | {_process.PeakWorkingSet64 / 1048576.0:0} |"));
            _cpu = cpu;
            _threadMilliseconds = thread;
            _allocated = allocated;
            _jit = jit;
            _jitted = jitted;
        }
    }
}
