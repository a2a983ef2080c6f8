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

    // Burst iterations last about a millisecond: with BenchmarkDotNet's usual handful of warmups the
    // code is still tier-0 JIT output while being measured (Activity read 700 ns instead of 250 ns).
    // A hundred warmups give tiered compilation time to promote it.
    private const int BurstWarmups = 100;

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
