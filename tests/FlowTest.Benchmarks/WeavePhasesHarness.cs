using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using FlowTest.Benchmarks.Infrastructure;
using FlowTest.Weaving;

namespace FlowTest.Benchmarks;

/// <summary>
/// Issue 3 attribution: the weave of the generated 5,000-method assembly, phase by phase (read, find,
/// rewrite, write), in CPU time of this process, first cold then warm, with the garbage collections the
/// weave caused, so a change to the weaver can be judged on a busy machine where wall time says little. <c>WEAVE_PHASES_PAUSE=1</c> waits for a key
/// before the warm rounds (attach <c>perf</c> then); <c>WEAVE_PHASES_ALLOCATIONS=1</c> lists what the warm rounds
/// allocate, by type.
/// <c>dotnet run -c Release --project tests/FlowTest.Benchmarks -- weave-phases 10</c>.
/// </summary>
internal static class WeavePhasesHarness
{
    public static int Run(int rounds)
    {
        using var directory = new BenchmarkDirectory("weave-phases");
        var pristine = GeneratedLibraryCompiler.Compile(directory.Combine("compiled"));
        var working = Path.Combine(directory.Combine("working"), Path.GetFileName(pristine));
        Directory.CreateDirectory(Path.GetDirectoryName(working)!);
        var references = new List<string> { typeof(Flow).Assembly.Location };
        references.AddRange(Directory.GetFiles(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "*.dll"));

        using var sampler = Environment.GetEnvironmentVariable("WEAVE_PHASES_ALLOCATIONS") == "1" ? new AllocationSampler() : null;
        Console.WriteLine("| round | read | find | rewrite | write | total CPU ms | allocated MB | GC pauses | wall ms |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (var round = 0; round <= rounds; round++)
        {
            File.Copy(pristine, working, overwrite: true);
            File.Copy(Path.ChangeExtension(pristine, ".pdb"), Path.ChangeExtension(working, ".pdb"), overwrite: true);
            var phases = new List<double>();
            var process = Process.GetCurrentProcess();
            var start = process.TotalProcessorTime;
            var last = start;
            var allocated = GC.GetTotalAllocatedBytes(precise: false);
            var paused = GC.GetTotalPauseDuration();
            var collections = GC.CollectionCount(0);
            var wall = Stopwatch.StartNew();
            var result = AssemblyWeaver.Weave(new WeaveRequest(working)
            {
                ReferencePaths = references,
                PhaseCompleted = _ =>
                {
                    process.Refresh();
                    var now = process.TotalProcessorTime;
                    phases.Add((now - last).TotalMilliseconds);
                    last = now;
                },
            });
            if (result.Outcome != WeaveOutcome.Woven || result.MethodsWoven != GeneratedLibrarySource.TotalFlowMethods)
            {
                throw new InvalidOperationException("expected " + GeneratedLibrarySource.TotalFlowMethods + " methods woven, got " + result.Outcome + " / " + result.MethodsWoven);
            }

            wall.Stop();
            var megabytes = (GC.GetTotalAllocatedBytes(precise: false) - allocated) / 1048576.0;
            var gc = FormattableString.Invariant($"{(GC.GetTotalPauseDuration() - paused).TotalMilliseconds:0} ms in {GC.CollectionCount(0) - collections} GCs");
            var cells = new List<string> { round == 0 ? "cold" : round.ToString(CultureInfo.InvariantCulture) };
            cells.AddRange(phases.Select(phase => phase.ToString("0", CultureInfo.InvariantCulture)));
            cells.Add((last - start).TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture));
            cells.Add(megabytes.ToString("0.0", CultureInfo.InvariantCulture));
            cells.Add(gc);
            cells.Add(wall.ElapsedMilliseconds.ToString(CultureInfo.InvariantCulture));
            Console.WriteLine(string.Join(" | ", cells));
            if (round == 0)
            {
                sampler?.Start();
            }

            if (round == 0 && Environment.GetEnvironmentVariable("WEAVE_PHASES_PAUSE") == "1")
            {
                Console.WriteLine("// pid " + Environment.ProcessId + ": press Enter for the warm rounds");
                Console.ReadLine();
            }
        }

        if (sampler is not null)
        {
            Console.WriteLine("// sampled allocations of the warm rounds, by type (MB):");
            foreach (var (type, bytes) in sampler.Top(25))
            {
                Console.WriteLine(FormattableString.Invariant($"//   {bytes / 1048576.0 / rounds,8:0.0}  {type}"));
            }
        }

        return 0;
    }
}
