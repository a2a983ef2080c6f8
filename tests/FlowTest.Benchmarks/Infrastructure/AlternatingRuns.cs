using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace FlowTest.Benchmarks.Infrastructure;

/// <summary>
/// Wall times of several variants of one command, run in turn (A, B, C, A, B, C, …) so drift in the
/// machine's load spreads evenly over them; reported as medians. One untimed round first warms
/// disk caches and the SDK.
/// </summary>
internal sealed class AlternatingRuns
{
    private readonly Dictionary<string, List<DotnetRun>> _runs = new(StringComparer.Ordinal);
    private readonly List<(string Name, Func<DotnetRun> Run)> _variants = new();

    public void Add(string name, Func<DotnetRun> run)
    {
        _variants.Add((name, run));
        _runs[name] = new List<DotnetRun>();
    }

    public void Measure(int rounds)
    {
        foreach (var (name, run) in _variants)
        {
            Require(name, run());
        }

        for (var round = 0; round < rounds; round++)
        {
            foreach (var (name, run) in _variants)
            {
                var result = Require(name, run());
                _runs[name].Add(result);
                Console.WriteLine(FormattableString.Invariant($"// round {round + 1}: {name} {result.Seconds:0.00} s, peak child {result.PeakChildBytes / 1048576.0:0.0} MB"));
            }
        }
    }

    public double MedianSeconds(string name) => Median(_runs[name].Select(r => r.Seconds));

    public double MedianPeakMegabytes(string name) => Median(_runs[name].Select(r => r.PeakChildBytes / 1048576.0));

    public string Times(string name) => string.Join(", ", _runs[name].Select(r => r.Seconds.ToString("0.00", CultureInfo.InvariantCulture)));

    private static DotnetRun Require(string name, DotnetRun run) =>
        run.ExitCode == 0 ? run : throw new InvalidOperationException(name + " failed (exit " + run.ExitCode + "):\n" + Tail(run.Output));

    private static string Tail(string output) => output.Length <= 4000 ? output : output.Substring(output.Length - 4000);

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        return sorted.Length == 0 ? double.NaN : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
