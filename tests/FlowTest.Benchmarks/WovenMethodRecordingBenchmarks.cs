// Goal (issue 3): a woven method with recording on <= 1.05x the same flow written by hand with the
// public API. Latest (2026-11-22 09:19 UTC, quiet): sync 186.0 vs 190.5 ns (0.98x), async 202.6 vs
// 201.0 ns (1.01x); caller 282 B vs 170 B. Results: docs/benchmarks.md, "Issue 3 — woven methods".

using System;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using FlowTest.Benchmarks.Infrastructure;

namespace FlowTest.Benchmarks;

/// <summary>
/// A woven copy of <c>PriceCalculator</c> against <see cref="HandWrittenPriceCalculator"/>, recording
/// into a real trace file, called through delegates of the same shape. Bursts of 2,048 calls after
/// the writer drained (outside the measured time), so the figure is the caller's cost.
/// </summary>
[Config(typeof(WovenMethodRecordingConfig))]
public class WovenMethodRecordingBenchmarks
{
    private readonly CallingThreadAllocations _callerBytes = new();
    private readonly Func<int, int, int> _handTotal = HandWrittenPriceCalculator.Total;
    private readonly Func<int, int, int> _handTotalDictionary = HandWrittenPriceCalculator.TotalWithDictionaryEvidence;
    private readonly Func<int, int, Task<int>> _handTotalAsync = HandWrittenPriceCalculator.TotalAsync;
    private ProcessRecording? _recording;
    private WovenPriceCalculator? _woven;
    private Func<int, int, int>? _wovenTotal;
    private Func<int, int, Task<int>>? _wovenTotalAsync;

    [GlobalSetup(Target = nameof(HandWrittenSync))]
    public void SetUpHandWrittenSync() => Open(nameof(HandWrittenSync), () => HandWrittenSync());

    [GlobalSetup(Target = nameof(WovenSync))]
    public void SetUpWovenSync() => Open(nameof(WovenSync), () => WovenSync());

    [GlobalSetup(Target = nameof(HandWrittenSyncDictionaryEvidence))]
    public void SetUpHandWrittenSyncDictionaryEvidence() => Open(nameof(HandWrittenSyncDictionaryEvidence), () => HandWrittenSyncDictionaryEvidence());

    [GlobalSetup(Target = nameof(HandWrittenAsync))]
    public void SetUpHandWrittenAsync() => Open(nameof(HandWrittenAsync), () => HandWrittenAsync());

    [GlobalSetup(Target = nameof(WovenAsync))]
    public void SetUpWovenAsync() => Open(nameof(WovenAsync), () => WovenAsync());

    /// <summary>Each iteration starts with an empty queue, outside the measured time.</summary>
    [IterationSetup]
    public void DrainWriter() => Flow.Flush();

    [GlobalCleanup]
    public void CleanUp()
    {
        _callerBytes.Finish(typeof(WovenMethodRecordingBenchmarks));
        Flow.Flush();
        Console.WriteLine("// FlowTest writer: " + ProcessRecording.Describe());
        _recording?.Dispose();
        _woven?.Dispose();
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("sync")]
    public int HandWrittenSync()
    {
        _callerBytes.Count();
        return _handTotal(2, 3);
    }

    [Benchmark]
    [BenchmarkCategory("sync")]
    public int WovenSync()
    {
        _callerBytes.Count();
        return _wovenTotal!(2, 3);
    }

    /// <summary>Attribution, not a goal: the hand-written flow with the woven code's dictionary evidence.</summary>
    [Benchmark]
    [BenchmarkCategory("sync")]
    public int HandWrittenSyncDictionaryEvidence()
    {
        _callerBytes.Count();
        return _handTotalDictionary(2, 3);
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("async")]
    public int HandWrittenAsync()
    {
        _callerBytes.Count();
        return _handTotalAsync(2, 3).GetAwaiter().GetResult();
    }

    [Benchmark]
    [BenchmarkCategory("async")]
    public int WovenAsync()
    {
        _callerBytes.Count();
        return _wovenTotalAsync!(2, 3).GetAwaiter().GetResult();
    }

    private void Open(string method, Action operation)
    {
        _recording = ProcessRecording.Start(enabled: true);
        _woven = WovenPriceCalculator.Load();
        _wovenTotal = _woven.Total;
        _wovenTotalAsync = _woven.TotalAsync;
        JitWarmup.Run(operation, () => Flow.Flush());
        _callerBytes.Start(method);
        _callerBytes.OpenWindow();
    }
}
