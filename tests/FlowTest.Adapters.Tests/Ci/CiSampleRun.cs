using System;
using System.Collections.Generic;
using System.IO;
using FlowTest.Adapters.Tests.EndToEnd.Sample;
using FlowTest.Adapters.Tests.Infrastructure;
using FlowTest.Ci;

namespace FlowTest.Adapters.Tests.Ci;

/// <summary>
/// Once per test run: packs the packages, generates a repository (a <c>.git</c> folder, so paths are
/// repository-relative) with an xUnit and an NUnit project that each have a failing test, builds it
/// outside CI, then runs <c>dotnet test</c> on it as GitHub Actions, as Azure Pipelines, as a generic CI
/// (<c>CI=true</c>, which FlowTest does not report to), with the project's own runsettings (without
/// and with <c>--logger flowtest</c>), and with a claim file the logger cannot open.
/// </summary>
public sealed class CiSampleRun : IDisposable
{
    private readonly PackedFeed _feed;

    public CiSampleRun()
    {
        _feed = PackedFeed.Acquire();
        Directory = new TempDirectory("ci");
        try
        {
            Write("nuget.config", _feed.NuGetConfig());
            Write(".git/HEAD", "ref: refs/heads/ci-e2e\n");
            Write("XunitCi/XunitCi.csproj", XunitSample.Project(_feed.Version));
            Write("XunitCi/OrderTests.cs", CiSamples.XunitTests);
            Write("NUnitCi/NUnitCi.csproj", NUnitSample.Project(_feed.Version));
            Write("NUnitCi/StockTests.cs", CiSamples.NUnitTests);
            Run("new", "sln", "-n", "Ci", "--format", "sln");
            Run("sln", "Ci.sln", "add", "XunitCi/XunitCi.csproj", "NUnitCi/NUnitCi.csproj");
            Run("build", "Ci.sln", "-nodeReuse:false");

            // A command-line logger as well: the runsettings' flowtest logger must survive it.
            GitHubStepSummary = Directory.Combine("github-step-summary.md");
            File.WriteAllText(GitHubStepSummary, "# Earlier step output\n");
            GitHub = Test(new Dictionary<string, string?> { ["GITHUB_ACTIONS"] = "true", ["GITHUB_STEP_SUMMARY"] = GitHubStepSummary, ["CI"] = "true" }, "--logger", "trx", "--results-directory", Directory.Combine("results-github"));
            Azure = Test(new Dictionary<string, string?> { ["TF_BUILD"] = "True" });
            GenericCi = Test(new Dictionary<string, string?> { ["CI"] = "true" });

            // The project's own runsettings switch the automatic logger off; --logger flowtest turns it on.
            Write("own.runsettings", "<RunSettings>\n  <RunConfiguration>\n    <DisableAppDomain>true</DisableAppDomain>\n  </RunConfiguration>\n</RunSettings>\n");
            var ownSummary = Directory.Combine("own-step-summary.md");
            OwnSettings = Test(new Dictionary<string, string?> { ["GITHUB_ACTIONS"] = "true", ["GITHUB_STEP_SUMMARY"] = ownSummary }, "--settings", Directory.Combine("own.runsettings"));
            OwnSettingsExplicit = Test(new Dictionary<string, string?> { ["GITHUB_ACTIONS"] = "true", ["GITHUB_STEP_SUMMARY"] = ownSummary }, "--settings", Directory.Combine("own.runsettings"), "--logger", "flowtest");

            // A claim file that cannot be opened (a directory stands in its place): one warning, same test results.
            System.IO.Directory.CreateDirectory(Directory.Combine(".flowtest", "runs", BrokenRunId, CiLogHandoff.PrintedFileName));
            BrokenClaim = Test(new Dictionary<string, string?> { ["GITHUB_ACTIONS"] = "true", ["GITHUB_STEP_SUMMARY"] = ownSummary, ["FLOWTEST_RUN_ID"] = BrokenRunId });
        }
        catch
        {
            // xUnit does not dispose a fixture whose constructor threw: leave no temp files behind.
            Dispose();
            throw;
        }
    }

    internal TempDirectory Directory { get; }

    internal string GitHubStepSummary { get; }

    internal CliResult GitHub { get; }

    internal CliResult Azure { get; }

    internal CliResult GenericCi { get; }

    internal CliResult OwnSettings { get; }

    internal CliResult OwnSettingsExplicit { get; }

    internal CliResult BrokenClaim { get; }

    internal const string BrokenRunId = "ci-broken-claim";

    internal string RunsDirectory => Directory.Combine(".flowtest", "runs");

    public void Dispose()
    {
        Directory.Dispose();
        _feed.Release();
    }

    private CliResult Test(Dictionary<string, string?> ci, params string[] extra)
    {
        var environment = new Dictionary<string, string?>(_feed.Environment);
        foreach (var (name, value) in ci)
        {
            environment[name] = value;
        }

        var args = new List<string> { "test", "Ci.sln", "--no-build" };
        args.AddRange(extra);
        return DotnetCli.Run(Directory.Path, environment, args.ToArray());
    }

    private void Write(string relativePath, string text) => Directory.WriteFile(relativePath, text);

    private void Run(params string[] args) => DotnetCli.RunOrThrow(Directory.Path, _feed.Environment, args);
}
