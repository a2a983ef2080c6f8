using System;

namespace FlowTest.Artifacts.Digest;

/// <summary>
/// Durations of one flow name with bounded memory: exact up to <c>capacity</c> values, then a
/// uniform sample of that size (reservoir sampling, algorithm R). The random source is a fixed-seed
/// xorshift, so the same trace always gives the same percentiles. The sample array grows on demand,
/// so a name seen once (a test in a 20,000-test run) keeps one slot, not <c>capacity</c>.
/// </summary>
internal sealed class DurationReservoir
{
    private const int FirstGrowth = 1; // most names of a test run end once; doubling from one costs a name seen often a few small arrays

    // Not Array.Empty<double>(): the digest on the writer thread keeps off BCL generic instantiations a test host may have to JIT (see Array.Resize below).
    private static readonly double[] NoSamples = new double[0];

    private readonly int _capacity;
    private double[] _samples = NoSamples;
    private double[]? _sorted;
    private ulong _random = 0x9E3779B97F4A7C15UL;

    public DurationReservoir(int capacity)
    {
        _capacity = Math.Max(1, capacity);
    }

    /// <summary>How many durations were added (not how many are kept).</summary>
    public long Count { get; private set; }

    public double Min { get; private set; } = double.PositiveInfinity;

    public double Max { get; private set; } = double.NegativeInfinity;

    public double Sum { get; private set; }

    /// <summary>Whether every added duration is still kept, so percentiles and counts are exact.</summary>
    public bool IsExact => Count <= _capacity;

    /// <summary>Sample slots allocated now (at most the capacity): what this reservoir retains.</summary>
    public int RetainedSlots => _samples.Length;

    private int Kept => (int)Math.Min(Count, _capacity);

    public void Add(double durationMs)
    {
        if (double.IsNaN(durationMs) || double.IsInfinity(durationMs))
        {
            return;
        }

        Count++;
        Sum += durationMs;
        Min = Math.Min(Min, durationMs);
        Max = Math.Max(Max, durationMs);
        _sorted = null;
        if (Count <= _capacity)
        {
            if (Count > _samples.Length)
            {
                // Not Array.Resize<double>: that generic method is JIT-compiled in a test host, and runs once per new flow name.
                var grown = new double[(int)Math.Min(_capacity, Math.Max(FirstGrowth, _samples.Length * 2L))];
                Array.Copy(_samples, grown, _samples.Length);
                _samples = grown;
            }

            _samples[Count - 1] = durationMs;
            return;
        }

        var slot = (long)(NextRandom() % (ulong)Count);
        if (slot < _capacity)
        {
            _samples[slot] = durationMs;
        }
    }

    /// <summary>The nearest-rank percentile (<paramref name="percent"/> in 0–100); <see langword="null"/> when empty.</summary>
    public double? Percentile(double percent)
    {
        if (Count == 0)
        {
            return null;
        }

        var sorted = Sorted();
        var rank = (int)Math.Ceiling(percent / 100d * sorted.Length);
        return sorted[Math.Min(sorted.Length, Math.Max(1, rank)) - 1];
    }

    /// <summary>How many durations exceed <paramref name="thresholdMs"/>; scaled from the sample when not <see cref="IsExact"/>.</summary>
    public long CountAbove(double thresholdMs)
    {
        var sorted = Sorted();
        var above = 0;
        for (var i = sorted.Length - 1; i >= 0 && sorted[i] > thresholdMs; i--)
        {
            above++;
        }

        return IsExact || sorted.Length == 0 ? above : (long)Math.Round(above * (double)Count / sorted.Length);
    }

    private double[] Sorted()
    {
        if (_sorted is null)
        {
            _sorted = new double[Kept];
            Array.Copy(_samples, _sorted, _sorted.Length);
            Array.Sort(_sorted);
        }

        return _sorted;
    }

    private ulong NextRandom()
    {
        // xorshift64*: tiny, fast, and the same on every runtime (System.Random promises no fixed sequence).
        _random ^= _random >> 12;
        _random ^= _random << 25;
        _random ^= _random >> 27;
        return _random * 0x2545F4914F6CDD1DUL;
    }
}
