using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using FlowTest.Benchmarks.Infrastructure;

namespace FlowTest.Benchmarks;

/// <summary>
/// Two views of the same work. Burst: 2,048 operations (8,192 FlowTest events, half the 16,384-slot
/// queue) after the writer has drained, i.e. the caller's cost while the writer keeps up — how an
/// application sees it. Sustained: 262,144 operations (about a million events) per iteration, far
/// past the queue, so the caller runs at the writer's pace: that measures backpressure.
/// </summary>
internal sealed class StartCheckpointEndConfig : ManualConfig
{
    public const int BurstOperations = 2048;
    public const int SustainedOperations = 262_144;

    // Burst iterations last about a millisecond; the benchmarks' global setups warm the JIT up first
    // (JitWarmup), these warmups only settle caches and the writer.
    private const int BurstWarmups = 20;

    public StartCheckpointEndConfig()
    {
        AddJob(Job.Default
            .WithId("Burst")
            .WithInvocationCount(BurstOperations)
            .WithWarmupCount(BurstWarmups)
            .WithIterationCount(50)
            .WithLaunchCount(1)
            .WithEnvironmentVariable(CallingThreadAllocations.JobVariable, "Burst"));
        AddJob(Job.Default
            .WithId("Sustained")
            .WithInvocationCount(SustainedOperations)
            .WithWarmupCount(3)
            .WithIterationCount(10)
            .WithLaunchCount(1)
            .WithEnvironmentVariable(CallingThreadAllocations.JobVariable, "Sustained"));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(new CallingThreadAllocatedColumn());
        HideColumns("EnvironmentVariables");
    }
}
