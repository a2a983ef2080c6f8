using System;
using System.Globalization;
using System.IO;
using FlowTest.Model;

namespace FlowTest.Cli.Export;

/// <summary>CSV (RFC 4180) with one row per flow, written as each flow ends.</summary>
internal sealed class CsvFlowFormat : IExportFormat
{
    public static readonly string[] Columns =
    {
        "run_id", "flow", "flow_id", "parent_id", "source", "verdict", "started_at", "ended_at", "duration_ms", "failure", "reason", "file", "line",
    };

    private readonly TextWriter _output;
    private string _runId = "";

    public CsvFlowFormat(TextWriter output) => _output = output;

    public void Begin(string runId, DateTimeOffset origin)
    {
        _runId = runId;
        WriteRow(Columns);
    }

    public void OnLane(int lane, string name)
    {
    }

    public void OnMark(CheckpointMark mark)
    {
    }

    public void OnFlow(FlowSpan flow) => WriteRow(new[]
    {
        _runId,
        flow.Name,
        flow.FlowId ?? "",
        flow.ParentId ?? "",
        flow.Source ?? "",
        TraceNames.VerdictName(flow.Verdict),
        Time(flow.Start),
        Time(flow.End),
        flow.EffectiveDurationMs.ToString("0.###", CultureInfo.InvariantCulture),
        flow.Failure?.Title ?? "",
        flow.Failure?.Message ?? "",
        flow.Failure?.File ?? flow.File ?? "",
        (flow.Failure?.File is not null ? flow.Failure.Line : flow.Line)?.ToString(CultureInfo.InvariantCulture) ?? "",
    });

    public void End() => _output.Flush();

    /// <summary>Quotes a field when it holds a comma, quote or line break; quotes are doubled.</summary>
    public static string Field(string value) =>
        value.IndexOfAny(new[] { ',', '"', '\r', '\n' }) < 0 ? value : "\"" + value.Replace("\"", "\"\"") + "\"";

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    private void WriteRow(string[] cells)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                _output.Write(',');
            }

            _output.Write(Field(cells[i]));
        }

        // RFC 4180 line ends, which spreadsheet tools expect.
        _output.Write("\r\n");
    }
}
