using System;
using System.Collections.Generic;
using System.Diagnostics.Tracing;
using System.Linq;

namespace FlowTest.Benchmarks.Infrastructure;

/// <summary>
/// Samples what a process allocates, by type, from the runtime's allocation ticks (one event per ~100 KB
/// allocated, naming the type that crossed the threshold): a cheap allocation profile without a profiler.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private const int GcKeyword = 0x1;
    private readonly Dictionary<string, long> _bytesByType = new();
    private bool _enabled;

    public void Start() => _enabled = true;

    /// <summary>The types that account for most of the sampled bytes, largest first.</summary>
    public IEnumerable<(string Type, long Bytes)> Top(int count)
    {
        lock (_bytesByType)
        {
            return _bytesByType.OrderByDescending(pair => pair.Value).Take(count).Select(pair => (pair.Key, pair.Value)).ToList();
        }
    }

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(source, EventLevel.Verbose, (EventKeywords)GcKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs data)
    {
        if (!_enabled || data.EventName is null || !data.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || data.PayloadNames is null)
        {
            return;
        }

        var type = data.Payload![data.PayloadNames.IndexOf("TypeName")] as string ?? "?";
        var amount = Convert.ToInt64(data.Payload[data.PayloadNames.IndexOf("AllocationAmount64")], System.Globalization.CultureInfo.InvariantCulture);
        lock (_bytesByType)
        {
            _bytesByType[type] = _bytesByType.GetValueOrDefault(type) + amount;
        }
    }
}
