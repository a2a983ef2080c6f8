using FlowTest;

namespace Shop.Orders;

/// <summary>A stand-in payment provider: declines amounts over its limit.</summary>
public sealed class PaymentGateway
{
    private readonly decimal _limit;

    public PaymentGateway(decimal limit)
    {
        _limit = limit;
    }

    /// <summary>Woven: the flow's verdict comes from the result's IsSuccess; the card number is never written.</summary>
    [Flow("payments/charge")]
    public async Task<PaymentResult> ChargeAsync(string customer, decimal amount, [Redact] string cardNumber)
    {
        await Task.Delay(5);
        return amount <= _limit
            ? new PaymentResult(true, null, "tx-" + customer.Length + "-" + (int)amount)
            : new PaymentResult(false, "amount over limit", null);
    }
}
