using FlowTest.Adapters;
using FlowTest.Model;
using FlowTest.Reading;

namespace FlowTest.Artifacts.Digest;

/// <summary>Cuts a parsed <see cref="TraceRecord"/> down to the <see cref="DigestEvent"/> the digest works on.</summary>
internal static class DigestEventOfRecord
{
    public static DigestEvent From(TraceRecord record, FlowNameRegistry names)
    {
        var input = new DigestEvent
        {
            Kind = record.Kind,
            FlowId = SpanId.FromText(record.FlowId),
            ParentId = SpanId.FromText(record.ParentId),
            Source = record.Source,
            IsTestSource = TestSources.IsTest(record.Source),
            Node = record.Node,
            Timestamp = record.Timestamp,
            TimestampText = record.TimestampText,
            Verdict = record.Verdict,
            DurationMs = record.DurationMs,
        };

        switch (record.Kind)
        {
            case EventKind.FlowStarted:
            case EventKind.FlowEnded:
                input.Flow = record.Flow is null ? null : names.Resolve(record.Flow);
                input.Location = record.Code?.FileAndLine;
                break;
            case EventKind.FlowFailure:
            case EventKind.FlowException:
                input.Flow = record.Flow is null ? null : names.Resolve(record.Flow);
                input.Record = record;
                break;
            case EventKind.FlowMetric:
                input.MetricFlow = record.Flow;
                input.Step = record.Step;
                ReadMetric(record.PayloadJson, ref input);
                break;
            case EventKind.RunStarted:
            case EventKind.RunEnded:
                input.Record = record;
                break;
            default:
                break;
        }

        return input;
    }

    private static void ReadMetric(string? payloadJson, ref DigestEvent input)
    {
        double? value = null;
        string? unit = null;
        PayloadFields.Read(payloadJson, payload =>
        {
            value = payload.Number("value");
            unit = payload.String("unit");
        });
        input.MetricValue = value;
        input.MetricUnit = unit;
    }
}
