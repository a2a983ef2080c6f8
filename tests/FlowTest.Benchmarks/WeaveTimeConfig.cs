using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using FlowTest.Benchmarks.Infrastructure;

namespace FlowTest.Benchmarks;

/// <summary>Operations of a second or so on a fresh copy of the file each time: one call per iteration, no pilot.</summary>
internal sealed class WeaveTimeConfig : ManualConfig
{
    public WeaveTimeConfig()
    {
        AddJob(Job.Default
            .WithId("WeaveTime")
            .WithStrategy(RunStrategy.Monitoring)
            .WithWarmupCount(3)
            .WithIterationCount(15)
            .WithLaunchCount(1));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(new PeakResidentMemoryColumn());
    }
}
