using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;

namespace FlowTest.Cli.Tests.EndToEnd;

/// <summary>
/// FlowTest.Cli packed into a temp feed under a unique version and installed from it with
/// <c>dotnet tool install --tool-path</c>, once per test run. Nothing is left in the repository:
/// the feed, the NuGet cache and the tool live in a temp directory.
/// </summary>
public sealed class InstalledTool : IDisposable
{
    private readonly TempDirectory _directory = new("flowtest-cli-tool");

    public InstalledTool()
    {
        var feed = _directory.Combine("feed");
        var tools = _directory.Combine("tools");
        Version = "0.1.0-e2e." + Guid.NewGuid().ToString("N").Substring(0, 8);
        var project = Path.Combine(RepositoryRoot(), "src", "FlowTest.Cli", "FlowTest.Cli.csproj");
        Dotnet(RepositoryRoot(), "pack", project, "-c", "Release", "-o", feed, "-p:Version=" + Version, "-nodeReuse:false");
        Dotnet(_directory.Path, "tool", "install", "FlowTest.Cli", "--tool-path", tools, "--add-source", feed, "--version", Version,
            "--configfile", Path.Combine(RepositoryRoot(), "nuget.config"));
        ToolPath = Path.Combine(tools, OperatingSystem.IsWindows() ? "flowtest.exe" : "flowtest");
    }

    public string Version { get; }

    public string ToolPath { get; }

    /// <summary>Runs the installed <c>flowtest</c> against <paramref name="artifactsRoot"/>.</summary>
    public ProcessOutcome Run(string artifactsRoot, params string[] args) =>
        Start(ToolPath, _directory.Path, new Dictionary<string, string?> { ["FLOWTEST_ARTIFACTS"] = artifactsRoot }, args);

    public void Dispose() => _directory.Dispose();

    private void Dotnet(string workingDirectory, params string[] args)
    {
        var outcome = Start("dotnet", workingDirectory, new Dictionary<string, string?> { ["NUGET_PACKAGES"] = _directory.Combine("nuget-packages") }, args);
        if (outcome.ExitCode != 0)
        {
            throw new InvalidOperationException("dotnet " + string.Join(" ", args) + " failed:\n" + outcome.Output + outcome.Error);
        }
    }

    private static ProcessOutcome Start(string fileName, string workingDirectory, IReadOnlyDictionary<string, string?> variables, string[] args)
    {
        var start = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = workingDirectory };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // No build servers may outlive the test; no telemetry banners in the output.
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_DO_NOT_USE_MSBUILD_SERVER"] = "1";
        start.Environment.Remove("FLOWTEST_ARTIFACTS");
        foreach (var (name, value) in variables)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + fileName);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(600_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException(fileName + " " + string.Join(" ", args) + " did not finish in 10 minutes");
        }

        process.WaitForExit();
        return new ProcessOutcome(process.ExitCode, stdout.Result, stderr.Result);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "FlowTest.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new DirectoryNotFoundException("FlowTest.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>Exit code and output of a process.</summary>
public sealed record ProcessOutcome(int ExitCode, string Output, string Error);
