using System;
using System.Globalization;
using System.IO;
using FlowTest.Benchmarks.Infrastructure;
using Mono.Cecil;

namespace FlowTest.Benchmarks;

/// <summary>
/// Issue 3: a full rebuild (<c>dotnet build --no-incremental</c>) of the generated 5,000-method library
/// consuming the packed FlowTest package, with weaving (the default) and with <c>FlowTestWeave=false</c>,
/// run alternately; medians of wall time. Not BenchmarkDotNet: each sample is a 10–30 s process tree,
/// and the few samples BenchmarkDotNet would need to be useful cost the same but hide the raw times.
/// <c>dotnet run -c Release --project tests/FlowTest.Benchmarks -- rebuild-time [rounds]</c>.
/// </summary>
internal static class RebuildTimeHarness
{
    public static int Run(int rounds)
    {
        using var directory = new BenchmarkDirectory("rebuild-time");
        Console.WriteLine("// packing FlowTest into " + directory.Path);
        var feed = LocalPackageFeed.Pack(directory.Path);
        var project = GeneratedProject.Library(directory.Combine("library"), feed);
        var dotnet = new DotnetCommand(feed.Environment);
        var workingDirectory = Path.GetDirectoryName(project)!;
        var restore = dotnet.Run(workingDirectory, new[] { "restore", project });
        if (restore.ExitCode != 0)
        {
            throw new InvalidOperationException("restore failed:\n" + restore.Output);
        }

        // The package's precompiled task is used only where runtime major version and machine match (docs/msbuild.md).
        var readyToRun = Path.Combine(feed.PackagesPath, "flowtest", feed.Version.ToLowerInvariant(), "tasks", "net8.0-readytorun",
            "net" + Environment.Version.Major.ToString(CultureInfo.InvariantCulture) + "-" + System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier);
        Console.WriteLine("// weaving task: " + (Directory.Exists(readyToRun) ? "ReadyToRun, " + readyToRun : "IL (no precompiled task for this runtime and machine)"));

        string[] Build(bool weave) => weave
            ? new[] { "build", project, "-c", "Release", "--no-restore", "--no-incremental", "-nodeReuse:false" }
            : new[] { "build", project, "-c", "Release", "--no-restore", "--no-incremental", "-nodeReuse:false", "-p:FlowTestWeave=false" };

        var runs = new AlternatingRuns();
        runs.Add("without weaving", () => dotnet.Run(workingDirectory, Build(weave: false)));
        runs.Add("with weaving", () => dotnet.Run(workingDirectory, Build(weave: true)));
        runs.Measure(rounds);

        // The last build of every round weaves: prove it did, or the comparison means nothing.
        var output = Path.Combine(workingDirectory, "bin", "Release", "net10.0", GeneratedLibrarySource.AssemblyName + ".dll");
        using (var module = ModuleDefinition.ReadModule(output))
        {
            if (module.GetType("<FlowTestWoven>") is null)
            {
                throw new InvalidOperationException("the build with weaving did not weave " + output);
            }
        }

        var without = runs.MedianSeconds("without weaving");
        var with = runs.MedianSeconds("with weaving");
        Console.WriteLine("| variant | median | runs (s) |");
        Console.WriteLine("| --- | ---: | --- |");
        Console.WriteLine(FormattableString.Invariant($"| without weaving | {without:0.00} s | {runs.Times("without weaving")} |"));
        Console.WriteLine(FormattableString.Invariant($"| with weaving | {with:0.00} s | {runs.Times("with weaving")} |"));
        Console.WriteLine("ratio with/without: " + (with / without).ToString("0.000", CultureInfo.InvariantCulture) + " (target <= 1.10)");
        return 0;
    }
}
