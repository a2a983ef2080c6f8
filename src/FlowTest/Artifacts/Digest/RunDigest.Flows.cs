using System.Collections.Generic;
using FlowTest.Adapters;
using FlowTest.Model;
using FlowTest.Reading;

namespace FlowTest.Artifacts.Digest;

/// <content>Flow events: starts, ends, failures and metrics.</content>
internal sealed partial class RunDigest
{
    /// <summary>Deeper ancestor chains are cut: they only decorate a failure.</summary>
    private const int MaxPathDepth = 16;

    private FlowNameStats StatsOf(string name)
    {
        if (!_flows.TryGetValue(name, out var stats))
        {
            stats = new FlowNameStats(name, Options);
            _flows[name] = stats;
        }

        return stats;
    }

    private void OnFlowStarted(TraceRecord record)
    {
        var name = record.Flow ?? NoFlowName;
        var stats = StatsOf(name);
        stats.Started++;
        FlowsStarted++;

        if (record.ParentId is null)
        {
            Tree.AddRoot(name);
        }
        else if (_index.Find(record.ParentId) is { } parent)
        {
            Tree.AddChild(parent.Name, name);
        }
        else
        {
            // A parent from another process (TRACEPARENT) or from a part of the trace that is gone.
            ParentsOutsideTrace++;
            Tree.AddRoot(name);
        }

        var sighting = new FlowSighting
        {
            Name = name,
            FlowId = record.FlowId,
            ParentId = record.ParentId,
            StartOrder = FlowsStarted,
            StartedAt = record.TimestampText,
            Location = record.Code?.FileAndLine,
        };
        if (_index.TryOpen(sighting))
        {
            stats.Open++;
        }
        else
        {
            UntrackedStarts++;
        }
    }

    private void OnFlowEnded(TraceRecord record)
    {
        var started = _index.Close(record.FlowId);
        if (started is null)
        {
            EndsWithoutStart++;
        }
        else
        {
            StatsOf(started.Name).Open--;
        }

        var name = record.Flow ?? started?.Name ?? NoFlowName;
        var stats = StatsOf(name);
        var verdict = record.Verdict ?? FlowVerdict.Incomplete;
        stats.Ended++;
        stats.Verdicts.Add(verdict);
        FlowsEnded++;
        Verdicts.Add(verdict);
        if (TestSources.IsTest(record.Source))
        {
            TestVerdicts.Add(verdict);
        }

        var ended = (started ?? new FlowSighting { Name = name, FlowId = record.FlowId, ParentId = record.ParentId }) with
        {
            DurationMs = record.DurationMs,
            Verdict = verdict,
        };
        if (record.DurationMs is { } duration)
        {
            stats.Durations.Add(duration);
            stats.OfferSlow(ended);
        }

        if (verdict == FlowVerdict.Incomplete && _endedIncomplete.Count < Options.ListedFlows)
        {
            _endedIncomplete.Add(ended);
        }

        if (verdict is FlowVerdict.Failure or FlowVerdict.Exception && _endedFailing.Count < Options.ListedFlows)
        {
            _endedFailing.Add(ended);
        }
    }

    private void OnFailure(TraceRecord record)
    {
        var name = record.Flow ?? _index.Find(record.FlowId)?.Name ?? NoFlowName;
        var stats = StatsOf(name);
        if (record.Kind == EventKind.FlowException)
        {
            stats.ExceptionEvents++;
        }
        else
        {
            stats.FailureEvents++;
        }

        if (record.FailureClass is { } failureClass)
        {
            stats.CountFailureClass(failureClass);
        }

        FailureCount++;
        var failure = new FailureRecord
        {
            Kind = record.Kind ?? EventKind.FlowFailure,
            Number = FailureCount,
            Timestamp = record.TimestampText,
            FlowName = name,
            FlowId = record.FlowId,
            Path = PathOf(name, record.FlowId, record.ParentId),
            FailureClass = record.FailureClass,
            Severity = record.Severity,
            Reason = record.Reason,
            Step = record.Step,
            Exception = record.Exception,
            Code = record.Code,
            PayloadJson = PayloadText.Cap(record.PayloadJson, Options.MaxPayloadChars),
            RedactedFields = record.RedactedFields,
            Correlation = record.Correlation,
        };

        stats.FirstFailure ??= failure;
        if (_firstFailures.Count < Options.FailureSamples)
        {
            _firstFailures.Add(failure);
        }

        _recentFailures.Add(failure);
    }

    private IReadOnlyList<string> PathOf(string name, string? flowId, string? parentId)
    {
        var path = new List<string> { name };
        var next = parentId ?? _index.Find(flowId)?.ParentId;
        while (next is not null && path.Count < MaxPathDepth && _index.Find(next) is { } ancestor)
        {
            path.Insert(0, ancestor.Name);
            next = ancestor.ParentId;
        }

        return path;
    }

    private void OnMetric(TraceRecord record)
    {
        double? value = null;
        string? unit = null;
        PayloadFields.Read(record.PayloadJson, payload =>
        {
            value = PayloadFields.Number(payload, "value");
            unit = PayloadFields.String(payload, "unit");
        });
        if (value is null)
        {
            return;
        }

        var flow = record.Flow ?? _index.Find(record.FlowId)?.Name ?? NoFlowName;
        var metric = record.Step ?? "(unnamed)";

        // Flow names cannot contain a newline in practice; it only has to keep the two parts apart.
        var key = flow + "\n" + metric;
        if (!_metrics.TryGetValue(key, out var series))
        {
            if (_metrics.Count >= Options.MaxMetricSeries)
            {
                DroppedMetricEvents++;
                return;
            }

            series = new MetricSeries(flow, metric);
            _metrics[key] = series;
        }

        series.Add(value.Value, unit);
    }
}
