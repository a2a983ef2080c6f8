using System;
using System.Diagnostics;
using System.IO;

namespace FlowTest.Cli.Tests.Infrastructure;

/// <summary>
/// Real runs, recorded by the runtime in a real process (tests/FlowTest.TestApp) into a temp
/// artifacts root, once per test run: <see cref="Passing"/> (nested flows, all ended) and
/// <see cref="Failing"/> (checkpoints with evidence, a failure and an exception).
/// </summary>
public sealed class TestAppRuns : IDisposable
{
    public const string Passing = "cli-pass";
    public const string Failing = "cli-fail";

    private readonly TempDirectory _directory = new("flowtest-cli-runs");

    public TestAppRuns()
    {
        Root = _directory.Combine(".flowtest");
        Record(Passing, "nesting");
        Record(Failing, "hostile-evidence");
    }

    /// <summary>The artifacts root (<c>.flowtest</c>) holding both runs.</summary>
    public string Root { get; }

    public string RunDirectory(string runId) => Path.Combine(Root, "runs", runId);

    public void Record(string runId, string scenario)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(AppPath());
        start.ArgumentList.Add(scenario);
        ChildEnvironment.Isolate(start);

        start.Environment["FLOWTEST_ARTIFACTS"] = Root;
        start.Environment["FLOWTEST_RUN_ID"] = runId;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("FlowTest.TestApp " + scenario + " did not finish");
        }

        process.WaitForExit();
        if (process.ExitCode != 0 || !File.Exists(Path.Combine(RunDirectory(runId), "run.json")))
        {
            throw new InvalidOperationException("recording " + scenario + " failed: " + stdout.Result + stderr.Result);
        }
    }

    public void Dispose() => _directory.Dispose();

    /// <summary>tests/FlowTest.Cli.Tests/bin/C/F → tests/FlowTest.TestApp/bin/C/F/FlowTest.TestApp.dll.</summary>
    private static string AppPath()
    {
        var bin = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var tests = bin.Parent!.Parent!.Parent!.Parent!.FullName;
        var path = Path.Combine(tests, "FlowTest.TestApp", "bin", bin.Parent!.Name, bin.Name, "FlowTest.TestApp.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("FlowTest.TestApp was not built", path);
    }
}
