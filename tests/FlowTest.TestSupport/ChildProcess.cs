using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;

namespace FlowTest.TestSupport;

/// <summary>
/// Runs a child process (the dotnet CLI, git, a shell script) for a test: no telemetry, no build
/// server or MSBuild node left alive, and nothing of the outer test run leaks into the inner one
/// (<see cref="ChildEnvironment"/>). The caller's <c>environment</c> is applied last.
/// </summary>
public static class ChildProcess
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    /// <summary>Runs <paramref name="fileName"/> with <paramref name="arguments"/> and waits for it (10 minutes at most).</summary>
    public static ChildProcessResult Run(string fileName, string workingDirectory, IReadOnlyDictionary<string, string?> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        ChildEnvironment.PrepareDotnet(start);
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var commandLine = fileName + " " + string.Join(" ", arguments);
        var output = new StringBuilder();
        var error = new StringBuilder();
        var combined = new StringBuilder();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + fileName);
        process.OutputDataReceived += (_, e) => Append(output, combined, e.Data);
        process.ErrorDataReceived += (_, e) => Append(error, combined, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException(commandLine + " did not finish in " + Timeout.TotalMinutes + " min:\n" + Text(combined));
        }

        process.WaitForExit();
        return new ChildProcessResult(commandLine, process.ExitCode, Text(output), Text(error), Text(combined));
    }

    private static void Append(StringBuilder stream, StringBuilder combined, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (combined)
        {
            stream.Append(line).Append('\n');
            combined.Append(line).Append('\n');
        }
    }

    private static string Text(StringBuilder builder)
    {
        lock (builder)
        {
            return builder.ToString();
        }
    }
}
