using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using FlowTest.Benchmarks.Infrastructure;

namespace FlowTest.Benchmarks;

/// <summary>A few nanoseconds per operation: BenchmarkDotNet's usual pilot, fewer iterations.</summary>
internal sealed class RecordingDisabledConfig : ManualConfig
{
    public RecordingDisabledConfig()
    {
        AddJob(Job.Default
            .WithId("Disabled")
            .WithWarmupCount(5)
            .WithIterationCount(20)
            .WithLaunchCount(1)
            .WithEnvironmentVariable(CallingThreadAllocations.JobVariable, "Disabled"));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(new CallingThreadAllocatedColumn());
        HideColumns("EnvironmentVariables");
    }
}
