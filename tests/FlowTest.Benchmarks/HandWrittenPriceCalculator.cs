using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace FlowTest.Benchmarks;

/// <summary>
/// The flows <c>PriceCalculator</c>'s woven methods record, written by hand with the public API as a
/// user would without weaving: start with the arguments as evidence, success, exception, end. The
/// public API reaches a success verdict only through <see cref="FlowScope.Success"/>, which writes a
/// <c>flow.success</c> event, so this side writes three events per call where woven code writes two.
/// </summary>
internal static class HandWrittenPriceCalculator
{
    public static int Total(int quantity, int unitPrice)
    {
        using var flow = Flow.Start("orders/total", new { quantity, unitPrice });
        try
        {
            var total = quantity * unitPrice;
            flow.Success();
            return total;
        }
        catch (Exception exception)
        {
            flow.RecordException(exception);
            throw;
        }
    }

    /// <summary>
    /// <see cref="Total"/> with the evidence woven code passes (a dictionary of boxed arguments, as
    /// <c>WovenArguments.ToEvidence</c> builds it) instead of an anonymous object: separates the cost
    /// of that evidence form from the rest of the woven path.
    /// </summary>
    public static int TotalWithDictionaryEvidence(int quantity, int unitPrice)
    {
        using var flow = Flow.Start("orders/total", new Dictionary<string, object?>(2) { ["quantity"] = quantity, ["unitPrice"] = unitPrice });
        try
        {
            var total = quantity * unitPrice;
            flow.Success();
            return total;
        }
        catch (Exception exception)
        {
            flow.RecordException(exception);
            throw;
        }
    }

    public static async Task<int> TotalAsync(int quantity, int unitPrice)
    {
        using var flow = Flow.Start("orders/total-async", new { quantity, unitPrice });
        try
        {
            await Task.CompletedTask.ConfigureAwait(false);
            var total = quantity * unitPrice;
            flow.Success();
            return total;
        }
        catch (Exception exception)
        {
            flow.RecordException(exception);
            throw;
        }
    }
}
