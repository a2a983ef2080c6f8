using FlowTest;

namespace Shop.Orders;

/// <summary>Places orders: validate, price, charge. Every call is a flow (woven at build time).</summary>
public sealed class OrderService
{
    private readonly PaymentGateway _payments;

    public OrderService(PaymentGateway payments)
    {
        _payments = payments;
    }

    /// <summary>Prices an order; a woven flow with its arguments as evidence.</summary>
    [Flow("orders/price")]
    public decimal Price(Order order) => order.Lines.Sum(line => line.Quantity * line.UnitPrice);

    /// <summary>Submits an order. A decline is a business failure of the flow, not an exception.</summary>
    [Flow("orders/submit")]
    public async Task<bool> SubmitAsync(Order order)
    {
        if (order.Lines.Count == 0)
        {
            Flow.Failure("CONTRACT.EMPTY_ORDER", "an order needs at least one line", new { order.Customer });
            return false;
        }

        var total = Price(order);
        Flow.Checkpoint("priced", new { lines = order.Lines.Count, total });
        var payment = await _payments.ChargeAsync(order.Customer, total, order.CardNumber);
        if (!payment.IsSuccess)
        {
            Flow.Failure("BUSINESS.PAYMENT_DECLINED", payment.DeclineReason ?? "declined", new { order.Customer, total });
            return false;
        }

        Flow.Success("charged", new { payment.TransactionId });
        return true;
    }
}
