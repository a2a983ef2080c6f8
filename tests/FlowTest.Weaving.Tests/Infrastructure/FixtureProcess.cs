using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace FlowTest.Weaving.Tests.Infrastructure;

/// <summary>Runs the fixtures app as a real process and reads the trace it wrote.</summary>
internal static class FixtureProcess
{
    public static ScenarioRun Run(string assemblyPath, string scenario, string artifactsRoot, IDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(assemblyPath)!,
        };
        // The fixture must not inherit this test run's recording or CI settings (it would write step summaries, join runs…).
        foreach (var inherited in start.Environment.Keys.Where(IsInheritedSetting).ToList())
        {
            start.Environment.Remove(inherited);
        }

        start.ArgumentList.Add(assemblyPath);
        start.ArgumentList.Add(scenario);
        start.Environment["FLOWTEST_ARTIFACTS"] = artifactsRoot;
        start.Environment["FLOWTEST_RUN_ID"] = scenario;
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("fixtures scenario " + scenario + " did not finish");
        }

        return new ScenarioRun(process.ExitCode, output, error.Result, ReadTrace(Path.Combine(artifactsRoot, "runs", scenario, "trace.jsonl")));
    }

    private static bool IsInheritedSetting(string name) =>
        name.StartsWith("FLOWTEST_", StringComparison.OrdinalIgnoreCase) ||
        name is "TRACEPARENT" or "GITHUB_ACTIONS" or "GITHUB_STEP_SUMMARY" or "TF_BUILD" or "CI";

    private static IReadOnlyList<JsonElement> ReadTrace(string path)
    {
        if (!File.Exists(path))
        {
            return Array.Empty<JsonElement>();
        }

        return File.ReadAllLines(path)
            .Where(line => line.Length > 0)
            .Select(line => JsonDocument.Parse(line).RootElement.Clone())
            .ToList();
    }
}
