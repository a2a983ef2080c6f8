using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using FlowTest.Benchmarks.Infrastructure;

namespace FlowTest.Benchmarks;

/// <summary>Recording off: nanosecond calls, BenchmarkDotNet's own pilot; grouped by shape (sync, async), one baseline each.</summary>
internal sealed class WovenMethodDisabledConfig : ManualConfig
{
    public WovenMethodDisabledConfig()
    {
        AddJob(Job.Default
            .WithId("Disabled")
            .WithWarmupCount(10)
            .WithIterationCount(30)
            .WithLaunchCount(1)
            .WithEnvironmentVariable(CallingThreadAllocations.JobVariable, "Disabled"));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(new CallingThreadAllocatedColumn());
        AddLogicalGroupRules(BenchmarkLogicalGroupRule.ByCategory);
        HideColumns("EnvironmentVariables");
    }
}
