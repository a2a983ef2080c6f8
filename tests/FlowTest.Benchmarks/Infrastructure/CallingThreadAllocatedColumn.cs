using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace FlowTest.Benchmarks.Infrastructure;

/// <summary>
/// "Caller alloc": bytes allocated per operation on the calling thread only, as left by
/// <see cref="CallingThreadAllocations"/> in the benchmark process. BenchmarkDotNet's "Allocated"
/// is the whole process, writer threads included.
/// </summary>
internal sealed class CallingThreadAllocatedColumn : IColumn
{
    public string Id => nameof(CallingThreadAllocatedColumn);

    public string ColumnName => "Caller alloc";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Metric;

    public int PriorityInCategory => 10;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Size;

    public string Legend => "Bytes allocated per operation on the benchmark's own thread (GC.GetAllocatedBytesForCurrentThread)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var job = benchmarkCase.Job.Environment.EnvironmentVariables?
            .FirstOrDefault(variable => variable.Key == CallingThreadAllocations.JobVariable)?.Value;
        var bytes = CallingThreadAllocations.Read(benchmarkCase.Descriptor.Type.Name, benchmarkCase.Descriptor.WorkloadMethod.Name, job);
        return bytes is { } value ? value.ToString("0.#", CultureInfo.InvariantCulture) + " B" : "?";
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public override string ToString() => ColumnName;
}
