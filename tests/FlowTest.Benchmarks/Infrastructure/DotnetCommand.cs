using System.Collections.Generic;
using System.Diagnostics;
using System.Text;
using System.Threading.Tasks;

namespace FlowTest.Benchmarks.Infrastructure;

/// <summary>
/// Runs the <c>dotnet</c> CLI for the macro measurements (rebuild, <c>dotnet test</c>) with no build
/// server left alive, no telemetry, the given NuGet packages folder, and none of this process's
/// FlowTest or CI settings.
/// </summary>
internal sealed class DotnetCommand
{
    private readonly IReadOnlyDictionary<string, string> _environment;

    public DotnetCommand(IReadOnlyDictionary<string, string> environment)
    {
        _environment = environment;
    }

    /// <summary>Runs and times one command; <paramref name="watchChild"/> samples the peak memory of the process whose command line contains it.</summary>
    public DotnetRun Run(string workingDirectory, IEnumerable<string> arguments, string? watchChild = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // As every test's child dotnet command, and without CI too: a measured build must not take CI-only paths.
        ChildEnvironment.PrepareDotnet(start);
        start.Environment.Remove("CI");
        foreach (var (name, value) in _environment)
        {
            start.Environment[name] = value;
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var output = new StringBuilder();
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        using var sampler = watchChild is null ? null : new ChildPeakMemorySampler(watchChild);
        var error = Task.Run(() => process.StandardError.ReadToEnd());
        output.Append(process.StandardOutput.ReadToEnd());
        process.WaitForExit();
        clock.Stop();
        output.Append(error.Result);
        return new DotnetRun(process.ExitCode, clock.Elapsed.TotalSeconds, output.ToString(), sampler?.Stop() ?? 0);
    }
}
