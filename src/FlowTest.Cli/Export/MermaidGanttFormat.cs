using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace FlowTest.Cli.Export;

/// <summary>
/// A Mermaid gantt chart: one section per lane (per test / root flow), one task per flow,
/// <c>done</c> for success, <c>crit</c> for failure and exception, <c>active</c> for incomplete.
/// At most <see cref="MaxTasks"/> flows are drawn (a bigger chart does not render); a comment
/// says how many were left out.
/// </summary>
internal sealed class MermaidGanttFormat : IExportFormat
{
    public const int MaxTasks = 2000;

    private readonly TextWriter _output;
    private readonly SortedDictionary<int, string> _laneNames = new();
    private readonly Dictionary<int, List<string>> _tasks = new();
    private string _runId = "";
    private int _drawn;
    private long _omitted;

    public MermaidGanttFormat(TextWriter output) => _output = output;

    public void Begin(string runId, DateTimeOffset origin) => _runId = runId;

    public void OnLane(int lane, string name) => _laneNames[lane] = name;

    public void OnMark(CheckpointMark mark)
    {
    }

    public void OnFlow(FlowSpan flow)
    {
        if (_drawn >= MaxTasks)
        {
            _omitted++;
            return;
        }

        _drawn++;
        var status = flow.Verdict switch
        {
            FlowVerdict.Success => "done, ",
            FlowVerdict.Failure or FlowVerdict.Exception => "crit, ",
            FlowVerdict.Incomplete => "active, ",
            _ => "",
        };
        var start = flow.Start.ToUnixTimeMilliseconds();
        var end = Math.Max(start + 1, start + (long)Math.Ceiling(flow.EffectiveDurationMs));
        if (!_tasks.TryGetValue(flow.Lane, out var lines))
        {
            lines = new List<string>();
            _tasks[flow.Lane] = lines;
        }

        lines.Add("    " + Text(flow.Name) + " :" + status + start.ToString(CultureInfo.InvariantCulture) + ", " + end.ToString(CultureInfo.InvariantCulture));
    }

    public void End()
    {
        _output.WriteLine("gantt");
        _output.WriteLine("    title FlowTest run " + Text(_runId));
        _output.WriteLine("    dateFormat x");
        _output.WriteLine("    axisFormat %H:%M:%S");
        foreach (var lane in _tasks.Keys.OrderBy(l => l))
        {
            _output.WriteLine("    section " + Text(_laneNames.TryGetValue(lane, out var name) ? name : "flows"));
            foreach (var line in _tasks[lane])
            {
                _output.WriteLine(line);
            }
        }

        if (_omitted > 0)
        {
            _output.WriteLine("    %% " + _omitted.ToString(CultureInfo.InvariantCulture) + " more flows not drawn (limit " + MaxTasks.ToString(CultureInfo.InvariantCulture) + ")");
        }

        _output.Flush();
    }

    /// <summary>Task and section text without the characters Mermaid's gantt grammar treats as syntax.</summary>
    public static string Text(string value)
    {
        var cleaned = new string(value.Select(c => c is ':' or ';' or '#' or '\r' or '\n' or '%' ? ' ' : c).ToArray()).Trim();
        return cleaned.Length == 0 ? "(unnamed)" : cleaned;
    }
}
