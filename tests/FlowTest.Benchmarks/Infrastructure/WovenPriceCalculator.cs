using System;
using System.Threading.Tasks;
using FlowTest.Benchmarks.WovenMethods;

namespace FlowTest.Benchmarks.Infrastructure;

/// <summary>
/// The woven side of the woven-method benchmarks: a <see cref="WovenCopy"/> of <c>PriceCalculator</c>
/// and delegates to its two methods, of the same shapes as the sides they are compared with.
/// </summary>
internal sealed class WovenPriceCalculator : IDisposable
{
    private readonly WovenCopy _copy;

    private WovenPriceCalculator(WovenCopy copy)
    {
        _copy = copy;
        Total = copy.Method<Func<int, int, int>>(typeof(PriceCalculator), nameof(PriceCalculator.Total));
        TotalAsync = copy.Method<Func<int, int, Task<int>>>(typeof(PriceCalculator), nameof(PriceCalculator.TotalAsync));
    }

    public Func<int, int, int> Total { get; }

    public Func<int, int, Task<int>> TotalAsync { get; }

    public static WovenPriceCalculator Load() => new(WovenCopy.Of(typeof(PriceCalculator)));

    public void Dispose() => _copy.Dispose();
}
