using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using FlowTest.Benchmarks.Infrastructure;

namespace FlowTest.Benchmarks;

/// <summary>
/// Each iteration is one whole 100,000-event run (a fraction of a second), so no pilot and no
/// unrolling: BenchmarkDotNet's monitoring strategy. Five warmups, because every iteration starts
/// new writer threads whose code is still being tiered up by the JIT in the first ones.
/// </summary>
internal sealed class CheckpointThroughputConfig : ManualConfig
{
    public CheckpointThroughputConfig()
    {
        AddJob(Job.Default
            .WithId("Throughput")
            .WithStrategy(RunStrategy.Monitoring)
            .WithWarmupCount(5)
            .WithIterationCount(20)
            .WithLaunchCount(1)
            .WithEnvironmentVariable(CallingThreadAllocations.JobVariable, "Throughput"));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(new EventsPerSecondColumn());
        AddColumn(new CallingThreadAllocatedColumn());
        HideColumns("EnvironmentVariables");
    }
}
