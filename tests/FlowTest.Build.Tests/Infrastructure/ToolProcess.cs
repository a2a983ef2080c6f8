using System;
using System.Diagnostics;

namespace FlowTest.Build.Tests.Infrastructure;

/// <summary>Runs a tool other than dotnet (git) and waits for it.</summary>
internal static class ToolProcess
{
    public static ProcessResult Run(string workingDirectory, string fileName, string arguments)
    {
        var start = new ProcessStartInfo(fileName, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + fileName);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return new ProcessResult(fileName + " " + arguments, process.ExitCode, output.Result + error);
    }
}
