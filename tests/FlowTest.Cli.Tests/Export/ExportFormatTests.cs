using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using FlowTest.Cli.Export;

namespace FlowTest.Cli.Tests.Export;

public sealed class ExportFormatTests
{
    [Fact]
    public void Chrome_trace_has_one_complete_event_per_flow_instants_and_a_named_lane_per_test()
    {
        using var bytes = new MemoryStream();
        using (var chrome = new ChromeTraceFormat(bytes))
        {
            SampleFlows.Feed(chrome);
        }

        using var json = JsonDocument.Parse(bytes.ToArray());
        var events = json.RootElement.GetProperty("traceEvents").EnumerateArray().ToList();
        var complete = events.Where(e => e.GetProperty("ph").GetString() == "X").ToList();
        Assert.Equal(4, complete.Count);
        var failing = complete.Single(e => e.GetProperty("name").GetString() == "OrderTests/Rejects_empty");
        Assert.Equal(11_000, failing.GetProperty("ts").GetDouble());
        Assert.Equal(9_000, failing.GetProperty("dur").GetDouble());
        Assert.Equal("failure", failing.GetProperty("args").GetProperty("verdict").GetString());
        Assert.Equal(2, events.Count(e => e.GetProperty("ph").GetString() == "i"));
        var lanes = events.Where(e => e.GetProperty("name").GetString() == "thread_name").Select(e => e.GetProperty("args").GetProperty("name").GetString()).ToList();
        Assert.Equal(new[] { "OrderTests/Submits_order", "OrderTests/Rejects_empty", "warmup" }, lanes);
        var child = complete.Single(e => e.GetProperty("name").GetString() == "orders/submit");
        Assert.Equal(1, child.GetProperty("tid").GetInt32());
    }

    [Fact]
    public void JUnit_has_one_testcase_per_test_flow_and_failures_carry_message_type_and_file()
    {
        using var bytes = new MemoryStream();
        SampleFlows.Feed(new JUnitFormat(bytes));

        var xml = XDocument.Parse(Encoding.UTF8.GetString(bytes.ToArray()));
        var suite = Assert.Single(xml.Root!.Elements("testsuite"));
        Assert.Equal("Shop.Tests", (string?)suite.Attribute("name"));
        Assert.Equal("2", (string?)suite.Attribute("tests"));
        Assert.Equal("1", (string?)suite.Attribute("failures"));
        var cases = suite.Elements("testcase").ToList();
        Assert.Equal(new[] { "Submits_order", "Rejects_empty" }, cases.Select(c => (string?)c.Attribute("name")));
        Assert.All(cases, c => Assert.Equal("OrderTests", (string?)c.Attribute("classname")));
        Assert.Null(cases[0].Element("failure"));
        var failure = cases[1].Element("failure")!;
        Assert.Equal("no \"candles\" <for> AAPL, sorry", (string?)failure.Attribute("message"));
        Assert.Equal("DATA.EMPTY", (string?)failure.Attribute("type"));
        Assert.Contains("src/Shop/Orders.cs:50", failure.Value, StringComparison.Ordinal);
        Assert.Equal("src/Shop/Orders.cs", (string?)cases[1].Attribute("file"));
    }

    [Fact]
    public void JUnit_reports_root_flows_when_a_run_has_no_test_flows()
    {
        using var bytes = new MemoryStream();
        var junit = new JUnitFormat(bytes);
        junit.Begin("r", SampleFlows.Origin);
        junit.OnFlow(new FlowSpan { Name = "jobs/nightly", IsRoot = true, Source = "api", Start = SampleFlows.Origin, End = SampleFlows.Origin, Verdict = FlowVerdict.Exception, Failure = new FailureNote("System.InvalidOperationException", "boom", "src/Jobs.cs", 7, "   at Jobs.Run()") });
        junit.OnFlow(new FlowSpan { Name = "jobs/step", IsRoot = false, Source = "api", Start = SampleFlows.Origin, End = SampleFlows.Origin, Verdict = FlowVerdict.Success });
        junit.End();

        var testCase = Assert.Single(XDocument.Parse(Encoding.UTF8.GetString(bytes.ToArray())).Descendants("testcase"));
        Assert.Equal("nightly", (string?)testCase.Attribute("name"));
        Assert.Equal("boom", (string?)testCase.Element("error")!.Attribute("message"));
    }

    [Fact]
    public void Csv_has_a_header_and_one_parseable_row_per_flow_with_quoted_fields()
    {
        using var text = new StringWriter();
        SampleFlows.Feed(new CsvFlowFormat(text));

        var rows = CsvReader.Parse(text.ToString());
        Assert.Equal(CsvFlowFormat.Columns, rows[0]);
        Assert.Equal(5, rows.Count);
        Assert.All(rows, row => Assert.Equal(CsvFlowFormat.Columns.Length, row.Count));
        var failing = rows.Single(r => r[1] == "OrderTests/Rejects_empty");
        Assert.Equal("failure", failing[5]);
        Assert.Equal("no \"candles\" <for> AAPL, sorry", failing[10]);
        Assert.Equal("src/Shop/Orders.cs", failing[11]);
        Assert.Equal("50", failing[12]);
    }

    [Fact]
    public void Mermaid_gantt_has_a_section_per_lane_and_a_task_per_flow_marked_by_verdict()
    {
        using var text = new StringWriter();
        SampleFlows.Feed(new MermaidGanttFormat(text));

        var lines = text.ToString().Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToList();
        Assert.Equal("gantt", lines[0]);
        Assert.Contains("    dateFormat x", lines);
        Assert.Equal(3, lines.Count(l => l.StartsWith("    section ", StringComparison.Ordinal)));
        var start = SampleFlows.Origin.AddMilliseconds(11).ToUnixTimeMilliseconds();
        Assert.Contains($"    OrderTests/Rejects_empty :crit, {start}, {start + 9}", lines);
        Assert.Equal(4, lines.Count(l => l.Contains(" :", StringComparison.Ordinal)));
    }

    [Fact]
    public void Mermaid_text_drops_the_characters_gantt_syntax_uses()
    {
        Assert.Equal("a b c d", MermaidGanttFormat.Text("a:b;c#d"));
    }
}
