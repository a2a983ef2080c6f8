using System.Globalization;
using System.Text;
using FlowTest.Artifacts.Rendering;
using FlowTest.Model;
using FlowTest.Reading;

namespace FlowTest.Cli.Terminal;

/// <summary>
/// One trace event as one terminal line: clock, event, flow, then what the event says (step,
/// verdict and duration, failure class and reason, exception) and where in the code.
/// </summary>
internal static class EventLine
{
    private const int MaxPayloadChars = 160;

    public static string Format(TraceRecord record, AnsiStyle style)
    {
        var line = new StringBuilder();
        line.Append(style.Dim(DisplayFormat.Clock(record.TimestampText))).Append("  ");
        line.Append(record.Event.PadRight(15)).Append(' ');
        if (record.Flow is { } flow)
        {
            line.Append(style.Bold(flow)).Append(' ');
        }

        switch (record.Kind)
        {
            case EventKind.FlowEnded:
                line.Append(style.Outcome(record.Verdict is { } v ? TraceNames.VerdictName(v) : "?"));
                if (record.DurationMs is { } ms)
                {
                    line.Append(' ').Append(DisplayFormat.Duration(ms));
                }

                break;
            case EventKind.FlowFailure:
                line.Append(style.Red(record.FailureClass ?? "failure")).Append(' ').Append(record.Severity ?? "").Append(": ").Append(record.Reason ?? "");
                break;
            case EventKind.FlowException:
                line.Append(style.Red(record.Exception?.Type ?? "exception")).Append(": ").Append(record.Exception?.Message ?? "");
                break;
            case EventKind.FlowSuccess:
                line.Append(style.Green("success")).Append(record.Reason is { } reason ? ": " + reason : "");
                break;
            default:
                if (record.Step is { } step)
                {
                    line.Append(step);
                }

                break;
        }

        if (record.PayloadJson is { Length: > 0 } payload && payload != "{}")
        {
            line.Append("  ").Append(payload.Length > MaxPayloadChars ? payload.Substring(0, MaxPayloadChars) + "…" : payload);
        }

        var at = (record.Kind == EventKind.FlowException ? TraceLocationText.Format(record.Exception?.File, record.Exception?.Line) : null) ?? record.Code?.FileAndLine;
        if (at is not null)
        {
            line.Append("  ").Append(style.Dim("at " + at));
        }

        return line.ToString().Replace("\r", "").Replace('\n', ' ').TrimEnd();
    }

    public static string Count(long value) => value.ToString(CultureInfo.InvariantCulture);
}
