// Goal (issue 3): a woven method vs the same method unwoven, recording disabled: <= +5 ns and 0 B.
// Results: docs/benchmarks.md, "Issue 3 — woven methods".

using System;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using FlowTest.Benchmarks.Infrastructure;
using FlowTest.Benchmarks.WovenMethods;

namespace FlowTest.Benchmarks;

/// <summary>
/// <c>PriceCalculator</c> as compiled (unwoven) against a woven copy of the same build, with
/// <c>FLOWTEST_ENABLED=0</c>. Both sides are called through delegates of the same shape, so the
/// difference is what the weaver inserted: one <c>WovenFlow.ShouldRecord</c> call, the try/catch and
/// the end call on a null scope.
/// </summary>
[Config(typeof(WovenMethodDisabledConfig))]
public class WovenMethodDisabledBenchmarks
{
    private readonly CallingThreadAllocations _callerBytes = new();
    private ProcessRecording? _recording;
    private WovenPriceCalculator? _woven;
    private Func<int, int, int>? _wovenTotal;
    private Func<int, int, Task<int>>? _wovenTotalAsync;
    private readonly Func<int, int, int> _plainTotal = PriceCalculator.Total;
    private readonly Func<int, int, Task<int>> _plainTotalAsync = PriceCalculator.TotalAsync;

    [GlobalSetup(Target = nameof(PlainSync))]
    public void SetUpPlainSync() => Open(nameof(PlainSync), () => PlainSync());

    [GlobalSetup(Target = nameof(WovenSync))]
    public void SetUpWovenSync() => Open(nameof(WovenSync), () => WovenSync());

    [GlobalSetup(Target = nameof(PlainAsync))]
    public void SetUpPlainAsync() => Open(nameof(PlainAsync), () => PlainAsync());

    [GlobalSetup(Target = nameof(WovenAsync))]
    public void SetUpWovenAsync() => Open(nameof(WovenAsync), () => WovenAsync());

    [GlobalCleanup]
    public void CleanUp()
    {
        _callerBytes.Finish(typeof(WovenMethodDisabledBenchmarks));
        _recording?.Dispose();
        _woven?.Dispose();
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("sync")]
    public int PlainSync()
    {
        _callerBytes.Count();
        return _plainTotal(2, 3);
    }

    [Benchmark]
    [BenchmarkCategory("sync")]
    public int WovenSync()
    {
        _callerBytes.Count();
        return _wovenTotal!(2, 3);
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("async")]
    public int PlainAsync()
    {
        _callerBytes.Count();
        return _plainTotalAsync(2, 3).GetAwaiter().GetResult();
    }

    [Benchmark]
    [BenchmarkCategory("async")]
    public int WovenAsync()
    {
        _callerBytes.Count();
        return _wovenTotalAsync!(2, 3).GetAwaiter().GetResult();
    }

    /// <summary>BenchmarkDotNet runs one global setup per benchmark process; every side weaves and loads the copy alike.</summary>
    private void Open(string method, Action operation)
    {
        _recording = ProcessRecording.Start(enabled: false);
        _woven = WovenPriceCalculator.Load();
        _wovenTotal = _woven.Total;
        _wovenTotalAsync = _woven.TotalAsync;
        JitWarmup.Run(operation);
        _callerBytes.Start(method);
        _callerBytes.OpenWindow();
    }
}
