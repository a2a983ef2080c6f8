using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;

namespace FlowTest.Adapters.Tests.Infrastructure;

/// <summary>
/// Runs a child process (the dotnet CLI, git, a shell script) with no build server left behind and a
/// clean FlowTest environment: nothing of the outer test run (its FlowTest settings, its MSBuild, its CI
/// variables) leaks into the inner one.
/// </summary>
internal static class ChildProcess
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    public static CliResult Run(string fileName, string workingDirectory, IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("FLOWTEST_", StringComparison.Ordinal) || k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || k.StartsWith("VSTEST_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(name);
        }

        foreach (var name in new[] { "TRACEPARENT", "GITHUB_ACTIONS", "GITHUB_STEP_SUMMARY", "TF_BUILD" })
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_DO_NOT_USE_MSBUILD_SERVER"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + fileName);
        var stdout = new StringBuilder();
        var stderr = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (stdout) { stdout.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (stderr) { stderr.AppendLine(e.Data); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException(fileName + " " + string.Join(" ", args) + " did not finish in " + Timeout.TotalMinutes + " min:\n" + stdout);
        }

        process.WaitForExit();
        return new CliResult(process.ExitCode, stdout.ToString(), stderr.ToString());
    }
}
