using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;
using FlowTest.Model;

namespace FlowTest.Cli.Export;

/// <summary>
/// JUnit XML as GitLab and Jenkins read it: one <c>testcase</c> per test flow (recorded by the
/// xUnit/NUnit adapters), grouped into one <c>testsuite</c> per test assembly. A run without test
/// flows reports its root flows instead. Failures become <c>failure</c>, exceptions
/// <c>error</c>, both with <c>message</c>, <c>type</c> and the <c>file:line</c>; test cases carry
/// <c>file</c>. Buffers one small entry per test case (the suite counts come first in the XML).
/// </summary>
internal sealed class JUnitFormat : IExportFormat
{
    private readonly Stream _output;
    private readonly List<FlowSpan> _tests = new();
    private readonly List<FlowSpan> _roots = new();
    private string _runId = "";
    private DateTimeOffset _origin;

    public JUnitFormat(Stream output) => _output = output;

    public void Begin(string runId, DateTimeOffset origin)
    {
        _runId = runId;
        _origin = origin;
    }

    public void OnLane(int lane, string name)
    {
    }

    public void OnMark(CheckpointMark mark)
    {
    }

    public void OnFlow(FlowSpan flow)
    {
        if (TestFlowSources.IsTest(flow.Source))
        {
            _tests.Add(flow);
        }
        else if (flow.IsRoot && _tests.Count == 0)
        {
            _roots.Add(flow);
        }
    }

    public void End()
    {
        var cases = _tests.Count > 0 ? _tests : _roots;
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), CloseOutput = false };
        using var xml = XmlWriter.Create(_output, settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("testsuites");
        xml.WriteAttributeString("name", "FlowTest run " + _runId);
        WriteCounts(xml, cases);
        foreach (var suite in cases.GroupBy(SuiteName, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            xml.WriteStartElement("testsuite");
            xml.WriteAttributeString("name", XmlText.Clean(suite.Key));
            WriteCounts(xml, suite.ToList());
            xml.WriteAttributeString("timestamp", (suite.Min(c => c.Start) is var first && first != default ? first : _origin).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture));
            foreach (var test in suite.OrderBy(c => c.Start))
            {
                WriteCase(xml, test);
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndDocument();
        xml.Flush();
    }

    /// <summary>(classname, name) of a test flow: the adapters' <c>class</c>/<c>method</c> tags, else the flow name split at its last <c>/</c>.</summary>
    public static (string ClassName, string Name) CaseNames(FlowSpan flow)
    {
        var slash = flow.Name.LastIndexOf('/');
        var className = flow.Tags.TryGetValue("class", out var c) && c.Length > 0 ? c : slash > 0 ? flow.Name.Substring(0, slash) : flow.Name;
        var name = flow.Tags.TryGetValue("display_name", out var d) && d.Length > 0 ? d
            : flow.Tags.TryGetValue("method", out var m) && m.Length > 0 ? m
            : slash > 0 ? flow.Name.Substring(slash + 1) : flow.Name;
        return (className, name);
    }

    private static string SuiteName(FlowSpan flow) =>
        flow.Tags.TryGetValue("assembly", out var assembly) && assembly.Length > 0 ? assembly : "flowtest";

    private static void WriteCounts(XmlWriter xml, IReadOnlyCollection<FlowSpan> cases)
    {
        xml.WriteAttributeString("tests", Count(cases.Count));
        xml.WriteAttributeString("failures", Count(cases.Count(c => c.Verdict is FlowVerdict.Failure or FlowVerdict.Incomplete)));
        xml.WriteAttributeString("errors", Count(cases.Count(c => c.Verdict == FlowVerdict.Exception)));
        xml.WriteAttributeString("skipped", Count(cases.Count(c => c.Verdict == FlowVerdict.Skipped)));
        xml.WriteAttributeString("time", Seconds(cases.Sum(c => c.EffectiveDurationMs)));
    }

    private static void WriteCase(XmlWriter xml, FlowSpan test)
    {
        var (className, name) = CaseNames(test);
        xml.WriteStartElement("testcase");
        xml.WriteAttributeString("name", XmlText.Clean(name));
        xml.WriteAttributeString("classname", XmlText.Clean(className));
        xml.WriteAttributeString("time", Seconds(test.EffectiveDurationMs));
        var file = test.Failure?.File ?? test.File;
        if (file is not null)
        {
            xml.WriteAttributeString("file", XmlText.Clean(file));
        }

        switch (test.Verdict)
        {
            case FlowVerdict.Failure:
            case FlowVerdict.Exception:
            case FlowVerdict.Incomplete:
                xml.WriteStartElement(test.Verdict == FlowVerdict.Exception ? "error" : "failure");
                var title = test.Failure?.Title ?? (test.Verdict == FlowVerdict.Incomplete ? "incomplete" : TraceNames.VerdictName(test.Verdict));
                var message = test.Failure?.Message is { Length: > 0 } m ? m
                    : test.Verdict == FlowVerdict.Incomplete ? "the flow did not end" : "the flow ended with verdict " + TraceNames.VerdictName(test.Verdict);
                xml.WriteAttributeString("message", XmlText.Clean(message));
                xml.WriteAttributeString("type", XmlText.Clean(title));
                var at = test.Failure?.Location ?? Reading.TraceLocationText.Format(test.File, test.Line);
                xml.WriteString(XmlText.Clean(title + ": " + message + (at is null ? "" : "\n  at " + at) + (test.Failure?.Stack is { } stack ? "\n" + stack : "")));
                xml.WriteEndElement();
                break;
            case FlowVerdict.Skipped:
                xml.WriteStartElement("skipped");
                xml.WriteEndElement();
                break;
            default:
                break;
        }

        xml.WriteEndElement();
    }

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Seconds(double milliseconds) => (milliseconds / 1000.0).ToString("0.000", CultureInfo.InvariantCulture);
}
