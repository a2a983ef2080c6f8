using System;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace FlowTest.Adapters.Tests.EndToEnd;

/// <summary>
/// Issue 4, end to end: packed packages consumed by PackageReference, one <c>dotnet test</c> over
/// an xUnit and an NUnit project, the run directory checked against the runner's TRX results.
/// </summary>
[Collection(SampleRunCollection.Name)]
public class PackedAdaptersTests
{
    private readonly SampleRun _run;

    public PackedAdaptersTests(SampleRun run) => _run = run;

    private RunTrace Trace => _run.Trace ?? throw new InvalidOperationException("expected one run directory, found " + _run.RunDirectories.Count + "\n" + _run.Test);

    [Fact]
    public void One_dotnet_test_over_two_projects_makes_one_run()
    {
        Assert.True(_run.RunDirectories.Count == 1, "run directories: " + string.Join(", ", _run.RunDirectories) + "\n" + _run.Test);
        Assert.Contains(Trace.TestStarts, e => e.Source == "xunit");
        Assert.Contains(Trace.TestStarts, e => e.Source == "nunit");
        Assert.True(Trace.Events.Select(e => e.Text("node")).Distinct().Count() >= 2, "expected events from two test hosts");
    }

    [Fact]
    public void The_trace_holds_the_same_tests_with_the_same_outcomes_as_the_TRX()
    {
        var fromTrx = _run.Trx.Results.Select(r => Normalize(r.TestName)).OrderBy(n => n, StringComparer.Ordinal).ToList();
        var fromTrace = Trace.TestStarts.Select(e => Normalize(e.Text("payload", "display_name") ?? "")).OrderBy(n => n, StringComparer.Ordinal).ToList();
        Assert.Equal(fromTrx, fromTrace);
        Assert.True(fromTrx.Count >= 20, "the sample has more tests than " + fromTrx.Count);

        foreach (var result in _run.Trx.Results)
        {
            var start = Trace.TestStarts.Single(e => Normalize(e.Text("payload", "display_name") ?? "") == Normalize(result.TestName));
            var verdict = Trace.Ended(start.FlowId!).Verdict;
            Assert.True(result.Verdicts.Contains(verdict), result.TestName + ": TRX " + result.Outcome + ", trace " + verdict);
        }
    }

    [Fact]
    public void Every_started_flow_ends_exactly_once_and_every_line_is_json()
    {
        foreach (var start in Trace.Events.Where(e => e.Event == "flow.started"))
        {
            Assert.Single(Trace.Events, e => e.Event == "flow.ended" && e.FlowId == start.FlowId);
        }
    }

    [Theory]
    [InlineData("XunitSample.CalculatorTests.Adds", "success")]
    [InlineData("XunitSample.CalculatorTests.Fails_an_assertion", "failure")]
    [InlineData("XunitSample.CalculatorTests.Throws", "exception")]
    [InlineData("XunitSample.CalculatorTests.Skipped", "skipped")]
    [InlineData("XunitSample.CalculatorTests.Sums(a: 2, b: 2, sum: 5)", "failure")]
    [InlineData("XunitSample.CalculatorTests.Counts_widgets(widget: Widget(3))", "success")]
    [InlineData("Checks_several_things", "failure")]
    [InlineData("Throws", "exception")]
    [InlineData("Ignored", "skipped")]
    [InlineData("Unsure", "skipped")]
    [InlineData("Sums(1,1,2)", "success")]
    [InlineData("Greets(\"grace\")", "success")]
    public void Outcomes_map_to_verdicts(string displayName, string verdict) =>
        Assert.Equal(verdict, Trace.Ended(Trace.Test(displayName).FlowId!).Verdict);

    [Fact]
    public void Xunit_constructor_lifetime_body_and_dispose_are_inside_the_test_flow()
    {
        var flow = Trace.Test("XunitSample.CalculatorTests.Adds");
        var steps = Trace.Of(flow.FlowId!).Where(e => e.Event == "flow.checkpoint").Select(e => e.Step).ToList();

        Assert.Equal("CalculatorTests/Adds", flow.Flow);
        Assert.Equal(new[] { "constructed", "initialized", "async-disposed", "disposed", "output" }, steps);
    }

    [Fact]
    public void NUnit_setup_and_teardown_are_inside_the_test_flow()
    {
        var flow = Trace.Test("Passes");
        var steps = Trace.Of(flow.FlowId!).Where(e => e.Event == "flow.checkpoint").Select(e => e.Step).ToList();

        Assert.Equal("OrderTests/Passes", flow.Flow);
        Assert.Equal(new[] { "setup", "teardown", "output" }, steps);
    }

    [Fact]
    public void Output_is_captured_for_passed_and_failed_tests()
    {
        Assert.Contains("adding 2 and 2", OutputOf("XunitSample.CalculatorTests.Adds"));
        Assert.Contains("about to fail", OutputOf("XunitSample.CalculatorTests.Fails_an_assertion"));
        Assert.Contains("hello from nunit", OutputOf("Passes"));
    }

    [Fact]
    public void An_assertion_failure_points_at_the_test_line()
    {
        var failure = Trace.Of(Trace.Test("XunitSample.CalculatorTests.Fails_an_assertion").FlowId!).Single(e => e.Event == "flow.failure");

        Assert.EndsWith("CalculatorTests.cs", failure.Text("code", "file"));
        Assert.NotEqual("0", failure.Text("code", "line"));
    }

    [Theory]
    [InlineData("XunitSample.CalculatorTests.Throws")]
    [InlineData("Throws")]
    public void An_exception_keeps_its_type_message_and_throwing_frame(string displayName)
    {
        var exception = Trace.Of(Trace.Test(displayName).FlowId!).Single(e => e.Event == "flow.exception");

        Assert.Equal("System.InvalidOperationException", exception.Text("exception", "type"));
        Assert.Equal("boom", exception.Text("exception", "message"));
        Assert.EndsWith("Tests.cs", exception.Text("exception", "file"));
    }

    [Fact]
    public void Assert_Multiple_is_one_failure_with_every_message()
    {
        var failure = Trace.Of(Trace.Test("Checks_several_things").FlowId!).Single(e => e.Event == "flow.failure");

        Assert.Contains("first check", failure.Text("reason"));
        Assert.Contains("second check", failure.Text("reason"));
    }

    [Fact]
    public void Flows_and_checkpoints_inside_a_test_nest_under_it()
    {
        var test = Trace.Test("XunitSample.CalculatorTests.Business_flow_fails_inside_a_passing_test");
        var business = Trace.Events.Single(e => e.Event == "flow.started" && e.Flow == "orders/submit");

        Assert.Equal(test.FlowId, business.ParentId);
        Assert.Equal("failure", Trace.Ended(business.FlowId!).Verdict);
        Assert.Equal("success", Trace.Ended(test.FlowId!).Verdict);
    }

    [Theory]
    [InlineData("XunitSample.PricingTests.Prices_through_the_woven_library", "xunit")]
    [InlineData("Quotes_through_the_woven_library", "nunit")]
    public void Flows_of_a_woven_library_nest_under_the_test_that_calls_it(string displayName, string source)
    {
        var test = Trace.Test(displayName);
        var quote = Trace.Events.First(e => e.Event == "flow.started" && e.Flow == "pricing/quote" && e.ParentId == test.FlowId);

        Assert.Equal(source, test.Source);
        Assert.Equal("woven", quote.Source);
        Assert.Equal("success", Trace.Ended(quote.FlowId!).Verdict);
        Assert.Contains(Trace.Of(quote.FlowId!), e => e.Step == "priced");
    }

    [Fact]
    public void A_woven_async_flow_keeps_the_test_as_parent_across_await()
    {
        var test = Trace.Test("XunitSample.PricingTests.Prices_through_the_woven_library");
        var outer = Trace.Events.Single(e => e.Event == "flow.started" && e.Flow == "pricing/quote-async");
        var inner = Trace.Events.Single(e => e.Event == "flow.started" && e.Flow == "pricing/quote" && e.ParentId == outer.FlowId);

        Assert.Equal(test.FlowId, outer.ParentId);
        Assert.Equal("woven", inner.Source);
        Assert.Equal("success", Trace.Ended(outer.FlowId!).Verdict);
    }

    [Fact]
    public void Test_flows_carry_tags_correlation_and_display_name()
    {
        var flow = Trace.Test("XunitSample.ParallelTests.Runs_beside_the_calculator");

        Assert.Equal("XunitSample", flow.Text("tags", "assembly"));
        Assert.Equal("net10.0", flow.Text("tags", "framework"));
        Assert.Equal("XunitSample.ParallelTests", flow.Text("tags", "class"));
        Assert.Equal("Runs_beside_the_calculator", flow.Text("tags", "method"));
        Assert.Equal("Slow", flow.Text("tags", "category"));
        Assert.False(string.IsNullOrEmpty(flow.Text("correlation", "test_case_id")));
        Assert.Equal("Orders", Trace.Test("Passes").Text("tags", "category"));
    }

    [Fact]
    public void Theory_arguments_are_evidence_and_secrets_are_redacted()
    {
        Assert.Equal("5", Trace.Test("XunitSample.CalculatorTests.Sums(a: 2, b: 2, sum: 5)").Text("payload", "arguments", "sum"));
        var login = Trace.TestStarts.Single(e => e.Flow == "CalculatorTests/Logs_in");
        Assert.Equal("REDACTED", login.Text("payload", "arguments", "password"));
        Assert.DoesNotContain("hunter2", File.ReadAllText(Path.Combine(_run.RunDirectory, "trace.jsonl")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_run_fails_because_tests_failed_and_latest_points_at_it()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(_run.RunDirectory, "run.json")));
        using var latest = JsonDocument.Parse(_run.LatestJsonAfterMainRun);

        Assert.Equal("failed", manifest.RootElement.GetProperty("status").GetString());
        Assert.Equal(Path.GetFileName(_run.RunDirectory), latest.RootElement.GetProperty("run_id").GetString());
        Assert.True(File.Exists(Path.Combine(_run.RunDirectory, "summary.md")));
    }

    [Fact]
    public void A_failed_NUnit_test_gets_its_trace_excerpt_attached()
    {
        var flowId = Trace.Test("Checks_several_things").FlowId!;
        var excerpt = Path.Combine(_run.RunDirectory, "attachments", flowId + ".jsonl");

        Assert.True(File.Exists(excerpt));
        Assert.All(File.ReadAllLines(excerpt), line => Assert.Contains(flowId, line, StringComparison.Ordinal));
        Assert.Contains(_run.Trx.Results.Single(r => r.TestName == "Checks_several_things").ResultFiles, f => f.EndsWith(flowId + ".jsonl", StringComparison.Ordinal));
    }

    [Fact]
    public void A_config_typo_and_an_unwritable_artifacts_root_change_no_test_result()
    {
        var normal = _run.Trx.Results.Select(r => r.TestName + "=" + r.Outcome).OrderBy(s => s, StringComparer.Ordinal);
        var unwritable = _run.UnwritableTrx.Results.Select(r => r.TestName + "=" + r.Outcome).OrderBy(s => s, StringComparer.Ordinal);

        Assert.Equal(normal, unwritable);
        Assert.Contains("FT1", _run.Test.Output + _run.Test.Error, StringComparison.Ordinal);
        Assert.Contains("FT2001", _run.UnwritableTest.Output + _run.UnwritableTest.Error, StringComparison.Ordinal);
    }

    private string OutputOf(string displayName) =>
        Trace.Of(Trace.Test(displayName).FlowId!).Single(e => e.Event == "flow.checkpoint" && e.Step == "output").Text("payload", "text") ?? "";

    // A secret in a display name is redacted in the trace; the TRX keeps it. Compare such names by method.
    private static string Normalize(string displayName) =>
        displayName.Contains("password", StringComparison.Ordinal) ? displayName.Substring(0, displayName.IndexOf('(', StringComparison.Ordinal)) : displayName;
}
