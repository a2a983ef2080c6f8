using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace FlowTest.Benchmarks.Infrastructure;

/// <summary>"Peak RSS": the benchmark process's peak resident memory over all its iterations, with the resident size after setup in brackets.</summary>
internal sealed class PeakResidentMemoryColumn : IColumn
{
    public string Id => nameof(PeakResidentMemoryColumn);

    public string ColumnName => "Peak RSS (after setup)";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Metric;

    public int PriorityInCategory => 11;

    public bool IsNumeric => false;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Peak resident memory of the benchmark process during the measurements (VmHWM reset after setup); in brackets the resident size after setup";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var figures = PeakResidentMemory.Read(benchmarkCase.Descriptor.Type.Name, benchmarkCase.Descriptor.WorkloadMethod.Name);
        return figures is { } value
            ? Megabytes(value.Peak) + " (" + Megabytes(value.Baseline) + ")"
            : "?";
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public override string ToString() => ColumnName;

    private static string Megabytes(long bytes) => (bytes / 1048576.0).ToString("0.0", CultureInfo.InvariantCulture) + " MB";
}
