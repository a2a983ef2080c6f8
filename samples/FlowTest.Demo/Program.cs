using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using FlowTest;

// A small shop checkout that records its flows. The last order fails a business rule on purpose,
// so the run ends "failed" and ask.md is written.
var orders = new[]
{
    new Order(1, "alice", new[] { 12.5m, 3m }),
    new Order(2, "bob", new[] { 99m }),
    new Order(3, "carol", Array.Empty<decimal>()),
};

using (var batch = Flow.Start("shop/checkout-batch", new { orders = orders.Length }))
{
    foreach (var order in orders)
    {
        await CheckoutAsync(order);
    }

    batch.Success("batch processed", new { orders = orders.Length });
}

Console.WriteLine($"FlowTest run directory: {Flow.RunDirectory}");

static async Task CheckoutAsync(Order order)
{
    using var flow = Flow.Start("shop/checkout", new { order.Id, items = order.Prices.Length });
    Flow.Checkpoint("cart-loaded", new { order.Customer, total = Total(order) });
    var payment = await Task.Run(() => Pay(order, apiKey: "sk_live_demo_secret_1234"));
    Flow.Metric("payment_ms", payment.ElapsedMs, "ms");
    if (order.Prices.Length == 0)
    {
        Flow.Failure("BUSINESS.EMPTY_CART", "order has no items", new { order.Id });
        return;
    }

    Flow.Success("order placed", new { order.Id, payment.Reference });
}

static PaymentResult Pay(Order order, string apiKey)
{
    using var flow = Flow.Start("payments/charge", new Dictionary<string, object> { ["orderId"] = order.Id, ["api_key"] = apiKey });
    var reference = "PAY-" + order.Id.ToString("D4");
    flow.Success("charged", new { reference });
    return new PaymentResult(reference, 3.5);
}

static decimal Total(Order order)
{
    var total = 0m;
    foreach (var price in order.Prices)
    {
        total += price;
    }

    return total;
}

internal sealed record Order(int Id, string Customer, decimal[] Prices);

internal sealed record PaymentResult(string Reference, double ElapsedMs);
