using System;
using System.Collections.Generic;
using System.IO;
using FlowTest.Benchmarks.Infrastructure;

namespace FlowTest.Benchmarks;

/// <summary>
/// Issue 4: <c>dotnet test</c> wall time of generated suites of passing tests (xUnit, NUnit), each
/// built once without and once with the FlowTest adapter package, run alternately: without the
/// adapter, with it, and without it but with <c>--logger trx</c>; medians. Then the test host's peak
/// resident memory with and without the adapter at 2,000 and 20,000 tests.
/// <c>dotnet run -c Release --project tests/FlowTest.Benchmarks -- test-time [rounds]</c>.
/// </summary>
internal static class TestTimeHarness
{
    private const int TimedTests = 2_000;
    private const int LargeTests = 20_000;

    public static int Run(int rounds)
    {
        using var directory = new BenchmarkDirectory("test-time");
        Console.WriteLine("// packing FlowTest into " + directory.Path);
        var feed = LocalPackageFeed.Pack(directory.Path);
        var environment = new Dictionary<string, string>(feed.Environment)
        {
            ["FLOWTEST_ARTIFACTS"] = directory.Combine("artifacts"),
        };
        var dotnet = new DotnetCommand(environment);
        var report = new List<string>();
        foreach (var framework in new[] { TestFramework.Xunit, TestFramework.NUnit })
        {
            var plain = Build(dotnet, GeneratedProject.TestSuite(directory.Combine(framework + "-plain-2k"), framework, TimedTests, withAdapter: false, feed));
            var adapter = Build(dotnet, GeneratedProject.TestSuite(directory.Combine(framework + "-flowtest-2k"), framework, TimedTests, withAdapter: true, feed));
            var runs = new AlternatingRuns();
            runs.Add("without adapter", () => Test(dotnet, plain, directory, trx: false));
            runs.Add("with adapter", () => Test(dotnet, adapter, directory, trx: false));
            runs.Add("--logger trx alone", () => Test(dotnet, plain, directory, trx: true));
            runs.Measure(rounds);
            var without = runs.MedianSeconds("without adapter");
            var with = runs.MedianSeconds("with adapter");
            var trx = runs.MedianSeconds("--logger trx alone");
            foreach (var variant in new[] { "without adapter", "with adapter", "--logger trx alone" })
            {
                report.Add(FormattableString.Invariant($"| {framework} {TimedTests:N0} | {variant} | {runs.MedianSeconds(variant):0.00} s | {runs.MedianPeakMegabytes(variant):0} MB | {runs.Times(variant)} |"));
            }

            report.Add(FormattableString.Invariant($"| {framework} | ratios | with/without {with / without:0.000} (<= 1.05), with/trx {with / trx:0.000} (<= 1.0) | | |"));

            var plainLarge = Build(dotnet, GeneratedProject.TestSuite(directory.Combine(framework + "-plain-20k"), framework, LargeTests, withAdapter: false, feed));
            var adapterLarge = Build(dotnet, GeneratedProject.TestSuite(directory.Combine(framework + "-flowtest-20k"), framework, LargeTests, withAdapter: true, feed));
            var large = new AlternatingRuns();
            large.Add("without adapter", () => Test(dotnet, plainLarge, directory, trx: false));
            large.Add("with adapter", () => Test(dotnet, adapterLarge, directory, trx: false));
            large.Measure(1);
            foreach (var variant in new[] { "without adapter", "with adapter" })
            {
                report.Add(FormattableString.Invariant($"| {framework} {LargeTests:N0} | {variant} | {large.MedianSeconds(variant):0.00} s | {large.MedianPeakMegabytes(variant):0} MB | {large.Times(variant)} |"));
            }
        }

        Console.WriteLine("| suite | variant | median wall time | median peak test host RSS | runs (s) |");
        Console.WriteLine("| --- | --- | ---: | ---: | --- |");
        report.ForEach(Console.WriteLine);
        return 0;
    }

    private static string Build(DotnetCommand dotnet, string project)
    {
        var run = dotnet.Run(Path.GetDirectoryName(project)!, new[] { "build", project, "-c", "Release", "-nodeReuse:false" });
        return run.ExitCode == 0 ? project : throw new InvalidOperationException("building " + project + " failed:\n" + run.Output);
    }

    private static DotnetRun Test(DotnetCommand dotnet, string project, BenchmarkDirectory directory, bool trx)
    {
        // Fresh artifacts and results each run, so no variant pays for the previous one's files.
        BenchmarkDirectory.DeleteQuietly(directory.Combine("artifacts"));
        var results = directory.Combine("results");
        BenchmarkDirectory.DeleteQuietly(results);
        var arguments = new List<string> { "test", project, "-c", "Release", "--no-build", "--results-directory", results };
        if (trx)
        {
            arguments.Add("--logger");
            arguments.Add("trx");
        }

        var projectDirectory = Path.GetDirectoryName(project)!;
        return dotnet.Run(projectDirectory, arguments, watchChild: projectDirectory + Path.DirectorySeparatorChar);
    }
}
