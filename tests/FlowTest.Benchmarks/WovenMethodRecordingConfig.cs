using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using FlowTest.Benchmarks.Infrastructure;

namespace FlowTest.Benchmarks;

/// <summary>
/// Recording on, grouped by shape. An iteration is a burst of 2,048 calls (at most 6,144 events, under
/// the 16,384-slot queue) after the writer drained: the caller's cost while the writer keeps up, as in
/// <see cref="StartCheckpointEndConfig"/>'s Burst job.
/// </summary>
internal sealed class WovenMethodRecordingConfig : ManualConfig
{
    public const int BurstOperations = 2048;

    public WovenMethodRecordingConfig()
    {
        AddJob(Job.Default
            .WithId("Burst")
            .WithInvocationCount(BurstOperations)
            .WithWarmupCount(20)
            .WithIterationCount(50)
            .WithLaunchCount(1)
            .WithEnvironmentVariable(CallingThreadAllocations.JobVariable, "Burst"));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(new CallingThreadAllocatedColumn());
        AddLogicalGroupRules(BenchmarkLogicalGroupRule.ByCategory);
        HideColumns("EnvironmentVariables");
    }
}
