using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;

namespace FlowTest.Tests.Infrastructure;

/// <summary>Runs tests/FlowTest.TestApp as a real child process with a chosen environment.</summary>
public static class TestApp
{
    private static readonly Lazy<string> AppPath = new(FindApp);

    public static ProcessResult Run(IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        using var process = Start(environment, args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("FlowTest.TestApp " + string.Join(" ", args) + " did not finish in 120 s");
        }

        process.WaitForExit();
        return new ProcessResult(process.ExitCode, stdout.Result, stderr.Result);
    }

    public static Process Start(IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(AppPath.Value);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // A clean FlowTest environment: nothing from the test host leaks in unless asked for.
        ChildEnvironment.Isolate(start);

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
    }

    /// <summary>Runs several instances at the same time and waits for all.</summary>
    public static ProcessResult[] RunConcurrently(IReadOnlyDictionary<string, string?> environment, IReadOnlyList<string[]> argumentSets)
    {
        var tasks = new List<Task<ProcessResult>>();
        foreach (var args in argumentSets)
        {
            tasks.Add(Task.Run(() => Run(environment, args)));
        }

        return Task.WhenAll(tasks).GetAwaiter().GetResult();
    }

    private static string FindApp()
    {
        // tests/FlowTest.Tests/bin/<Configuration>/net10.0 → tests/FlowTest.TestApp/bin/<Configuration>/net10.0
        var testBin = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = testBin.Name;
        var configuration = testBin.Parent!.Name;
        var testsDirectory = testBin.Parent!.Parent!.Parent!.Parent!.FullName;
        var path = Path.Combine(testsDirectory, "FlowTest.TestApp", "bin", configuration, framework, "FlowTest.TestApp.dll");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("FlowTest.TestApp was not built; build FlowTest.sln first", path);
        }

        return path;
    }
}

public sealed record ProcessResult(int ExitCode, string StandardOutput, string StandardError);
