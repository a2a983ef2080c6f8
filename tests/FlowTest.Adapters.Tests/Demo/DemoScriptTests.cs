using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FlowTest.Adapters.Tests.EndToEnd;

namespace FlowTest.Adapters.Tests.Demo;

/// <summary>
/// The README's demo command, run as a newcomer runs it: <c>./samples/demo.sh</c> in a fresh copy of
/// the repository (a git repo with only the sources), which packs the packages, builds the woven
/// sample and runs its xUnit and NUnit tests. Checks what the README promises: one run directory,
/// woven flows nested under test flows, a business failure inside a passing test, the summary path.
/// </summary>
public sealed class DemoScriptTests : IDisposable
{
    private static readonly string[] CopiedFolders = { "src", "build", "buildTransitive", "samples" };

    private static readonly IReadOnlyDictionary<string, string?> NoEnvironment = new Dictionary<string, string?>();

    private readonly TempDirectory _clone = new("demo");

    [Fact]
    public void The_demo_script_weaves_the_sample_runs_its_tests_and_ends_with_the_summary_path()
    {
        RepositoryCopy.Copy(RepositoryRoot.Path, _clone.Path, CopiedFolders, RepositoryCopy.BuildFiles);
        Assert.Equal(0, ChildProcess.Run("git", _clone.Path, NoEnvironment, "init", "-q").ExitCode);

        var demo = ChildProcess.Run("bash", _clone.Path, NoEnvironment, Path.Combine("samples", "demo.sh"));

        Assert.True(demo.ExitCode == 0, demo.ToString());
        var lines = demo.Output.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToList();
        var summaryLine = lines[^1];
        Assert.StartsWith("Summary:", summaryLine, StringComparison.Ordinal);
        var summaryPath = summaryLine.Substring("Summary:".Length).Trim();
        Assert.True(File.Exists(summaryPath), summaryPath + " does not exist\n" + demo);
        var runDirectory = Path.GetDirectoryName(summaryPath)!;
        Assert.Equal(Path.Combine(_clone.Path, ".flowtest", "runs"), Path.GetDirectoryName(runDirectory));
        Assert.Single(Directory.GetDirectories(Path.Combine(_clone.Path, ".flowtest", "runs")));

        var trace = new RunTrace(runDirectory);
        var tests = trace.TestStarts.ToList();
        Assert.Contains(tests, t => t.Source == "xunit");
        Assert.Contains(tests, t => t.Source == "nunit");
        var testFlowIds = tests.Select(t => t.FlowId).ToHashSet();
        var submits = trace.Events.Where(e => e.Event == "flow.started" && e.Flow == "orders/submit").ToList();
        Assert.NotEmpty(submits);
        Assert.All(submits, submit => Assert.Contains(submit.ParentId, testFlowIds));

        // The declined payment: a failing woven flow inside a test that passed.
        var declined = trace.Events.Single(e => e.Event == "flow.failure" && e.Text("failure_class") == "BUSINESS.PAYMENT_DECLINED");
        var declinedTest = tests.Single(t => t.FlowId == trace.Events.Single(e => e.Event == "flow.started" && e.FlowId == declined.FlowId).ParentId);
        Assert.Equal("success", trace.Ended(declinedTest.FlowId!).Verdict);
        Assert.Equal("failure", trace.Ended(declined.FlowId!).Verdict);

        // The card number never reaches the trace.
        var traceText = File.ReadAllText(Path.Combine(runDirectory, "trace.jsonl"));
        Assert.DoesNotContain("5500 0000 0000 0004", traceText, StringComparison.Ordinal);
        Assert.DoesNotContain("4111 1111 1111 1111", traceText, StringComparison.Ordinal);
        Assert.Contains("BUSINESS.PAYMENT_DECLINED", File.ReadAllText(summaryPath), StringComparison.Ordinal);
    }

    public void Dispose() => _clone.Dispose();
}
