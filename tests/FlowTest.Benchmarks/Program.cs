using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Running;
using FlowTest.Benchmarks.Infrastructure;

namespace FlowTest.Benchmarks;

/// <summary>
/// BenchmarkDotNet's switcher: <c>dotnet run -c Release --project tests/FlowTest.Benchmarks -- --filter '*'</c>
/// runs everything; without arguments it asks which classes to run. <c>-- rebuild-time [rounds]</c> and
/// <c>-- test-time [rounds]</c> run the stopwatch harnesses of whole builds and test runs instead;
/// <c>-- host-phases [tests] [--no-rehearsal]</c> splits the adapter's cost in one test host by phase; <c>-- weave-phases [rounds]</c>
/// splits the weave of the generated assembly by phase.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "rebuild-time")
        {
            return RebuildTimeHarness.Run(Rounds(args, 5));
        }

        if (args.Length > 0 && args[0] == "test-time")
        {
            return TestTimeHarness.Run(Rounds(args, 5));
        }

        if (args.Length > 0 && args[0] == "host-phases")
        {
            return TestHostPhasesHarness.Run(Rounds(args, 2_000), rehearse: !args.Contains("--no-rehearsal"));
        }

        if (args.Length > 0 && args[0] == "weave-phases")
        {
            return WeavePhasesHarness.Run(Rounds(args, 10));
        }

        // Each benchmark process leaves its per-process figures in files; stale ones would be misread.
        CallingThreadAllocations.DeleteResults();
        PeakResidentMemory.DeleteResults();
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }

    private static int Rounds(string[] args, int fallback) =>
        args.Length > 1 && int.TryParse(args[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var rounds) && rounds > 0 ? rounds : fallback;
}
