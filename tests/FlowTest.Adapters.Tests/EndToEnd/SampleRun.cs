using System;
using System.Collections.Generic;
using System.IO;
using FlowTest.Adapters.Tests.EndToEnd.Sample;
using FlowTest.Adapters.Tests.Infrastructure;

namespace FlowTest.Adapters.Tests.EndToEnd;

/// <summary>
/// Once per test run: packs the packages, generates a solution with an xUnit and an NUnit project
/// that consume them by PackageReference, and runs <c>dotnet test --logger trx</c> on it — first
/// normally (with a typo in flowtest.yaml), then again with an unwritable artifacts root.
/// </summary>
public sealed class SampleRun : IDisposable
{
    private readonly PackedFeed _feed;

    public SampleRun()
    {
        _feed = PackedFeed.Acquire();
        Directory = new TempDirectory("sample");
        try
        {
            Write("nuget.config", _feed.NuGetConfig());
            // A woven library (issue 4, point 8) that both test projects call through a project reference.
            Write(WovenLibrary.ProjectPath, WovenLibrary.Project(_feed.Version));
            Write("Pricing/PriceList.cs", WovenLibrary.Source);
            Write("XunitSample/XunitSample.csproj", XunitSample.Project(_feed.Version, WovenLibrary.Reference));
            Write("XunitSample/CalculatorTests.cs", XunitSample.Tests);
            Write("NUnitSample/NUnitSample.csproj", NUnitSample.Project(_feed.Version, WovenLibrary.Reference));
            Write("NUnitSample/OrderTests.cs", NUnitSample.Tests);
            // Bad input (issue 4, point 7): a typo in the configuration must not change any result.
            Write(".flowtest/flowtest.yaml", "version: 1\nenabeld: true\n");

            Run("new", "sln", "-n", "Sample", "--format", "sln");
            Run("sln", "Sample.sln", "add", WovenLibrary.ProjectPath, "XunitSample/XunitSample.csproj", "NUnitSample/NUnitSample.csproj");
            Run("build", "Sample.sln", "-nodeReuse:false");

            // Discovery only: both adapters rehearse recording in memory while the framework explores
            // the assembly, and listing the tests must still leave no run (not even the root) behind.
            var listingEnvironment = new Dictionary<string, string?>(_feed.Environment) { ["FLOWTEST_ARTIFACTS"] = ListingArtifacts };
            ListTests = DotnetCli.Run(Directory.Path, listingEnvironment, "test", "Sample.sln", "--no-build", "--list-tests");

            Test = DotnetCli.Run(Directory.Path, _feed.Environment, "test", "Sample.sln", "--no-build", "--logger", "trx", "--results-directory", Directory.Combine("results"));
            Trx = new TrxResults(Directory.Combine("results"));
            var runs = System.IO.Directory.GetDirectories(Directory.Combine(".flowtest", "runs"));
            RunDirectories = runs;
            RunDirectory = runs.Length == 1 ? runs[0] : "";
            Trace = runs.Length == 1 ? new RunTrace(RunDirectory) : null;
            var latest = Directory.Combine(".flowtest", "latest.json");
            LatestJsonAfterMainRun = File.Exists(latest) ? File.ReadAllText(latest) : "{}";

            // The same tests with an artifacts root that cannot be created (a file stands in the way).
            Write("blocker", "not a directory");
            var unwritableEnvironment = new Dictionary<string, string?>(_feed.Environment) { ["FLOWTEST_ARTIFACTS"] = Directory.Combine("blocker", "artifacts") };
            UnwritableTest = DotnetCli.Run(Directory.Path, unwritableEnvironment, "test", "Sample.sln", "--no-build", "--logger", "trx", "--results-directory", Directory.Combine("results-unwritable"));
            UnwritableTrx = new TrxResults(Directory.Combine("results-unwritable"));

            // A test that calls Environment.Exit: its own run, so the main run stays comparable with its TRX.
            Write("ExitSample/ExitSample.csproj", XunitSample.Project(_feed.Version));
            Write("ExitSample/ExitTests.cs", EdgeSamples.ExitTests);
            var exitEnvironment = new Dictionary<string, string?>(_feed.Environment) { ["FLOWTEST_RUN_ID"] = "exit-run" };
            ExitTest = DotnetCli.Run(Directory.Path, exitEnvironment, "test", "ExitSample/ExitSample.csproj", "-nodeReuse:false");

            // xUnit allowed one thread: FlowTest.Xunit must run the collections one at a time, as xUnit does.
            Write("ParallelLimitSample/ParallelLimitSample.csproj", XunitSample.Project(_feed.Version));
            Write("ParallelLimitSample/Tests.cs", EdgeSamples.ParallelLimitTests);
            var parallelLimitEnvironment = new Dictionary<string, string?>(_feed.Environment) { ["FLOWTEST_RUN_ID"] = "parallel-limit-run" };
            ParallelLimitTest = DotnetCli.Run(Directory.Path, parallelLimitEnvironment, "test", "ParallelLimitSample/ParallelLimitSample.csproj", "-nodeReuse:false");

            // A project with its own xUnit test framework: FT3001, and the build still succeeds.
            Write("OwnFrameworkSample/OwnFrameworkSample.csproj", XunitSample.Project(_feed.Version));
            Write("OwnFrameworkSample/Tests.cs", EdgeSamples.OwnFrameworkTests.Replace("{{OWN_FRAMEWORK}}", EdgeSamples.OwnFrameworkAttribute));
            OwnFrameworkBuild = DotnetCli.Run(Directory.Path, _feed.Environment, "build", "OwnFrameworkSample/OwnFrameworkSample.csproj", "-nodeReuse:false");

            // FlowTestRegisterAdapter=false: the package is referenced but registers nothing.
            Write("OptOutSample/OptOutSample.csproj", XunitSample.Project(_feed.Version));
            Write("OptOutSample/Tests.cs", EdgeSamples.OwnFrameworkTests.Replace("{{OWN_FRAMEWORK}}", ""));
            OptOutBuild = DotnetCli.Run(Directory.Path, _feed.Environment, "build", "OptOutSample/OptOutSample.csproj", "-nodeReuse:false", "-p:FlowTestRegisterAdapter=false");
        }
        catch
        {
            // xUnit does not dispose a fixture whose constructor threw: leave no temp files behind.
            Dispose();
            throw;
        }
    }

    internal TempDirectory Directory { get; }

    internal CliResult Test { get; }

    /// <summary><c>dotnet test --list-tests</c> of the solution, with <see cref="ListingArtifacts"/> as the artifacts root.</summary>
    internal CliResult ListTests { get; }

    internal string ListingArtifacts => Directory.Combine("listing-artifacts");

    /// <summary>The local feed the samples restored from, and the version packed into it.</summary>
    internal string FeedPath => _feed.FeedPath;

    internal string PackageVersion => _feed.Version;

    internal TrxResults Trx { get; }

    internal IReadOnlyList<string> RunDirectories { get; }

    internal string RunDirectory { get; }

    internal RunTrace? Trace { get; }

    /// <summary>latest.json as the main run left it (later runs of the fixture move it on).</summary>
    internal string LatestJsonAfterMainRun { get; }

    internal CliResult UnwritableTest { get; }

    internal TrxResults UnwritableTrx { get; }

    internal CliResult ExitTest { get; }

    internal string ExitRunDirectory => Directory.Combine(".flowtest", "runs", "exit-run");

    internal CliResult ParallelLimitTest { get; }

    internal string ParallelLimitRunDirectory => Directory.Combine(".flowtest", "runs", "parallel-limit-run");

    internal CliResult OwnFrameworkBuild { get; }

    internal CliResult OptOutBuild { get; }

    /// <summary>The assembly attributes MSBuild generated for a sample project.</summary>
    internal string GeneratedAssemblyInfo(string project) => File.ReadAllText(Directory.Combine(project, "obj", "Debug", "net10.0", project + ".AssemblyInfo.cs"));

    internal string Root => Directory.Combine(".flowtest");

    public void Dispose()
    {
        Directory.Dispose();
        _feed.Release();
    }

    private void Write(string relativePath, string text) => Directory.WriteFile(relativePath, text);

    private void Run(params string[] args) => DotnetCli.RunOrThrow(Directory.Path, _feed.Environment, args);
}
