using System;
using System.IO;
using System.Linq;
using FlowTest.Ci;

namespace FlowTest.Adapters.Tests.Ci;

/// <summary>
/// Issue 5 point 3: a real <c>dotnet test</c> over an xUnit and an NUnit project (two test hosts,
/// two vstest.console processes, one run) under GitHub Actions and Azure Pipelines variables shows
/// the exact CI lines once each in its output, and fills the step summary file.
/// </summary>
[Collection(CiSampleRunCollection.Name)]
public class CiLogEndToEndTests
{
    private const string GitHubRunDirectoryPrefix = "FlowTest run directory: ";
    private readonly CiSampleRun _run;

    public CiLogEndToEndTests(CiSampleRun run) => _run = run;

    [Fact]
    public void Github_shows_each_failure_as_an_error_annotation_once()
    {
        // Repository-relative file, the throwing line, GitHub's escaping (':' in the title, '%' in the message).
        ExpectOnce(_run.GitHub.Output, "::error file=XunitCi/OrderTests.cs,line=11,title=OrderTests/Rejects_an_empty_order%3A System.InvalidOperationException::order 7: no lines, 100%25 empty");
        ExpectOnce(_run.GitHub.Output, "::error file=NUnitCi/StockTests.cs,line=6,title=StockTests/Reserves_stock%3A System.ArgumentException::sku-3 has 0 left");
        Assert.Equal(2, Lines(_run.GitHub.Output).Count(l => l.StartsWith("::error", StringComparison.Ordinal)));
    }

    [Fact]
    public void Github_prints_the_run_directory_once()
    {
        var directory = GitHubRunDirectory();
        Assert.StartsWith(_run.RunsDirectory + Path.DirectorySeparatorChar, directory, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(directory, "summary.md")), _run.GitHub.ToString());
    }

    [Fact]
    public void Github_step_summary_gets_the_runs_summary_once_after_earlier_content()
    {
        var summary = File.ReadAllText(Path.Combine(GitHubRunDirectory(), "summary.md"));
        var expected = "# Earlier step output\n" + (summary.EndsWith('\n') ? summary : summary + "\n");
        Assert.Equal(expected, File.ReadAllText(_run.GitHubStepSummary));
        Assert.Contains("Reserves_stock", summary, StringComparison.Ordinal);
        Assert.Contains("Rejects_an_empty_order", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_command_line_logger_keeps_working_beside_the_flowtest_logger()
    {
        // One TRX per test project.
        Assert.Equal(2, Directory.GetFiles(_run.Directory.Combine("results-github"), "*.trx").Length);
    }

    [Fact]
    public void Azure_shows_each_failure_as_a_logged_issue_once_and_uploads_summary_and_run_directory_once()
    {
        var upload = Assert.Single(Lines(_run.Azure.Output), l => l.StartsWith("##vso[artifact.upload ", StringComparison.Ordinal));
        var directory = upload.Substring(upload.IndexOf(']', StringComparison.Ordinal) + 1);
        var runId = Path.GetFileName(directory);

        ExpectOnce(_run.Azure.Output, "##vso[task.logissue type=error;sourcepath=XunitCi/OrderTests.cs;linenumber=11]OrderTests/Rejects_an_empty_order: System.InvalidOperationException: order 7: no lines, 100%AZP25 empty");
        ExpectOnce(_run.Azure.Output, "##vso[task.logissue type=error;sourcepath=NUnitCi/StockTests.cs;linenumber=6]StockTests/Reserves_stock: System.ArgumentException: sku-3 has 0 left");
        ExpectOnce(_run.Azure.Output, "##vso[task.uploadsummary]" + Path.Combine(directory, "summary.md"));
        Assert.Equal("##vso[artifact.upload containerfolder=flowtest;artifactname=flowtest-" + runId + "]" + Path.Combine(_run.RunsDirectory, runId), upload);
        Assert.Equal(4, Lines(_run.Azure.Output).Count(l => l.StartsWith("##vso[", StringComparison.Ordinal)));
    }

    [Fact]
    public void Outside_github_and_azure_nothing_is_printed_for_ci_and_no_ci_lines_are_kept()
    {
        Assert.DoesNotContain(Lines(_run.GenericCi.Output), l => l.StartsWith("::", StringComparison.Ordinal) || l.StartsWith("##vso[", StringComparison.Ordinal) || l.StartsWith(GitHubRunDirectoryPrefix, StringComparison.Ordinal));
        var runs = Directory.GetDirectories(_run.RunsDirectory);
        Assert.True(runs.Length == 6, "runs: " + string.Join(", ", runs));
        Assert.Single(runs, r => !File.Exists(Path.Combine(r, CiLogHandoff.LinesFileName)));
    }

    [Fact]
    public void With_the_projects_own_runsettings_the_logger_is_enabled_only_by_logger_flowtest()
    {
        Assert.DoesNotContain(Lines(_run.OwnSettings.Output), l => l.StartsWith("::error", StringComparison.Ordinal));
        ExpectOnce(_run.OwnSettingsExplicit.Output, "::error file=NUnitCi/StockTests.cs,line=6,title=StockTests/Reserves_stock%3A System.ArgumentException::sku-3 has 0 left");
        Assert.Equal(2, Lines(_run.OwnSettingsExplicit.Output).Count(l => l.StartsWith("::error", StringComparison.Ordinal)));
        Assert.Single(Lines(_run.OwnSettingsExplicit.Output), l => l.StartsWith(GitHubRunDirectoryPrefix, StringComparison.Ordinal));
    }

    [Fact]
    public void A_logger_that_cannot_claim_the_lines_prints_one_warning_and_leaves_the_test_results_alone()
    {
        var output = Lines(_run.BrokenClaim.Output);
        // One warning per logger that found the run ended by its hosts: one, or two when the second
        // project's tests started only after the first had ended the run. (Other "FlowTest:" lines are
        // the test hosts' own notes, which VSTest forwards from their stderr.)
        var warnings = output.Count(l => l.StartsWith("FlowTest: the run's CI annotations could not be printed", StringComparison.Ordinal));
        Assert.True(warnings is 1 or 2, warnings + " warnings\n" + _run.BrokenClaim);
        Assert.DoesNotContain(output, l => l.StartsWith("::", StringComparison.Ordinal));
        // Exit code and verdicts as in the GitHub run: the failing tests fail, nothing else does.
        Assert.Equal(_run.GitHub.ExitCode, _run.BrokenClaim.ExitCode);
        Assert.Equal(2, output.Count(l => l.StartsWith("Failed!", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_ci_runs_record_the_failing_tests_as_failed_runs()
    {
        Assert.NotEqual(0, _run.GitHub.ExitCode);
        Assert.NotEqual(0, _run.Azure.ExitCode);
        Assert.Contains("\"status\": \"failed\"", File.ReadAllText(Path.Combine(GitHubRunDirectory(), "run.json")), StringComparison.Ordinal);
    }

    private string GitHubRunDirectory()
    {
        var line = Assert.Single(Lines(_run.GitHub.Output), l => l.StartsWith(GitHubRunDirectoryPrefix, StringComparison.Ordinal));
        return line.Substring(GitHubRunDirectoryPrefix.Length);
    }

    private static void ExpectOnce(string output, string line)
    {
        var count = Lines(output).Count(l => string.Equals(l, line, StringComparison.Ordinal));
        Assert.True(count == 1, "expected once (found " + count + "):\n" + line + "\n--- output ---\n" + output);
    }

    private static string[] Lines(string output) => output.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
}
