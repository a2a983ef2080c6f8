using System.Threading.Tasks;

namespace FlowTest.Benchmarks.WovenMethods;

/// <summary>
/// Two <c>[Flow]</c> methods with two arguments, a sync value one and an async <see cref="Task{TResult}"/>
/// one, small enough that the weaving overhead is what a benchmark sees. Results stay in -1..8 so the
/// runtime's cached completed tasks make the unwoven async call allocation-free.
/// </summary>
public static class PriceCalculator
{
    /// <summary>The sync shape: a value return, two captured arguments.</summary>
    [Flow("orders/total")]
    public static int Total(int quantity, int unitPrice) => quantity * unitPrice;

    /// <summary>The async shape; it completes synchronously, so the call measures the state machine and the flow, not a thread hop.</summary>
    [Flow("orders/total-async")]
    public static async Task<int> TotalAsync(int quantity, int unitPrice)
    {
        await Task.CompletedTask.ConfigureAwait(false);
        return quantity * unitPrice;
    }
}
