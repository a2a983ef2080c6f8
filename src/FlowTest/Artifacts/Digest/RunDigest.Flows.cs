using System.Collections.Generic;
using FlowTest.Model;

namespace FlowTest.Artifacts.Digest;

/// <content>Flow events: starts, ends, failures and metrics.</content>
internal sealed partial class RunDigest
{
    /// <summary>Deeper ancestor chains are cut: they only decorate a failure.</summary>
    private const int MaxPathDepth = 16;

    private FlowNameStats NoFlow => _noFlow ??= _names.Resolve(NoFlowName);

    private void OnFlowStarted(ref DigestEvent input)
    {
        var stats = input.Flow ?? NoFlow;
        stats.Started++;
        FlowsStarted++;

        if (input.ParentId is null)
        {
            Tree.AddRoot(stats);
        }
        else if (_index.TryFind(input.ParentId, out var parent))
        {
            Tree.AddChild(parent.Stats, stats);
        }
        else
        {
            // A parent from another process (TRACEPARENT) or from a part of the trace that is gone.
            ParentsOutsideTrace++;
            Tree.AddRoot(stats);
        }

        var started = new OpenFlow(new FlowLink(stats, input.ParentId), FlowsStarted, input.TimestampText, input.Timestamp, input.Location);
        if (_index.TryOpen(input.FlowId, started))
        {
            stats.Open++;
        }
        else
        {
            UntrackedStarts++;
        }
    }

    private void OnFlowEnded(ref DigestEvent input)
    {
        var wasOpen = _index.TryClose(input.FlowId, out var started);
        if (wasOpen)
        {
            started.Link.Stats.Open--;
        }
        else
        {
            EndsWithoutStart++;
        }

        var stats = input.Flow ?? (wasOpen ? started.Link.Stats : NoFlow);
        var verdict = input.Verdict ?? FlowVerdict.Incomplete;
        stats.Ended++;
        stats.CountVerdict(verdict);
        FlowsEnded++;
        _verdicts.Add(verdict);
        if (input.IsTestSource)
        {
            _testVerdicts.Add(verdict);
        }

        var slow = input.DurationMs is { } duration && stats.IsAmongSlowest(duration);
        var listIncomplete = verdict == FlowVerdict.Incomplete && _endedIncomplete.Count < Options.ListedFlows;
        var listFailing = verdict is FlowVerdict.Failure or FlowVerdict.Exception && _endedFailing.Count < Options.ListedFlows;

        // Most ends are kept nowhere: build the ended sighting only for the lists that keep it.
        var ended = !(slow || listIncomplete || listFailing) ? null
            : wasOpen ? started.ToSighting(input.FlowId, input.DurationMs, verdict)
            : new FlowSighting { Name = stats.Name, Id = input.FlowId, Parent = input.ParentId, DurationMs = input.DurationMs, Verdict = verdict };
        if (input.DurationMs is { } kept)
        {
            stats.Durations.Add(kept);
            if (slow)
            {
                stats.OfferSlow(ended!);
            }
        }

        if (listIncomplete)
        {
            _endedIncomplete.Add(ended!);
        }

        if (listFailing)
        {
            _endedFailing.Add(ended!);
        }
    }

    private void OnFailure(ref DigestEvent input)
    {
        var record = input.Record!;
        var known = _index.TryFind(input.FlowId, out var flow);
        var stats = input.Flow ?? (known ? flow.Stats : NoFlow);
        if (input.Kind == EventKind.FlowException)
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

        // The real name even when its aggregates went to the overflow row.
        var name = stats.IsOverflow ? record.Flow ?? (known ? flow.Name : stats.Name) : stats.Name;
        FailureCount++;
        var failure = new FailureRecord
        {
            Kind = input.Kind ?? EventKind.FlowFailure,
            Number = FailureCount,
            Timestamp = record.TimestampText,
            FlowName = name,
            FlowId = record.FlowId,
            Path = PathOf(name, input.FlowId, input.ParentId),
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

    private IReadOnlyList<string> PathOf(string name, SpanId? flowId, SpanId? parentId)
    {
        var path = new List<string> { name };
        var next = parentId ?? (_index.TryFind(flowId, out var flow) ? flow.Parent : null);
        while (next is not null && path.Count < MaxPathDepth && _index.TryFind(next, out var ancestor))
        {
            path.Insert(0, ancestor.Name);
            next = ancestor.Parent;
        }

        return path;
    }

    private void OnMetric(ref DigestEvent input)
    {
        if (input.MetricValue is not { } value)
        {
            return;
        }

        var key = new MetricKey(input.MetricFlow ?? (_index.TryFind(input.FlowId, out var flow) ? flow.Name : NoFlowName), input.Step ?? "(unnamed)");
        if (!_metrics.TryGetValue(key, out var series))
        {
            if (_metrics.Count >= Options.MaxMetricSeries)
            {
                DroppedMetricEvents++;
                return;
            }

            series = new MetricSeries(key.Flow, key.Metric);
            _metrics[key] = series;
            _metricSeries.Add(series);
        }

        series.Add(value, input.MetricUnit);
    }
}
