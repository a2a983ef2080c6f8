using FlowTest;
using NUnit.Framework;
using Shop.Orders;

namespace Shop.Orders.NUnitTests;

public sealed class EmptyOrderTests
{
    private OrderService _orders = null!;

    [SetUp]
    public void CreateService()
    {
        _orders = new OrderService(new PaymentGateway(limit: 100m));
        Flow.Checkpoint("service-ready");
    }

    [Test]
    public async Task An_empty_order_is_refused()
    {
        Assert.That(await _orders.SubmitAsync(new Order("dee", Array.Empty<OrderLine>(), "n/a")), Is.False);
    }

    [TestCase("ed", 1, 99)]
    [TestCase("flo", 2, 30)]
    public async Task Small_orders_go_through(string customer, int quantity, decimal unitPrice)
    {
        Assert.That(await _orders.SubmitAsync(new Order(customer, new[] { new OrderLine("pen", quantity, unitPrice) }, "4111 1111 1111 1111")), Is.True);
    }
}
