using Shop.Orders;
using Xunit;

namespace Shop.Orders.XunitTests;

public sealed class OrderServiceTests
{
    private readonly OrderService _orders = new(new PaymentGateway(limit: 500m));

    [Fact]
    public async Task An_order_within_the_limit_is_charged()
    {
        var placed = await _orders.SubmitAsync(new Order("ada", new[] { new OrderLine("book", 2, 20m) }, "4111 1111 1111 1111"));

        Assert.True(placed);
    }

    /// <summary>Passes, and the summary shows its orders/submit flow failing with BUSINESS.PAYMENT_DECLINED.</summary>
    [Fact]
    public async Task An_order_over_the_limit_is_declined_not_thrown()
    {
        var placed = await _orders.SubmitAsync(new Order("bob", new[] { new OrderLine("laptop", 1, 1999m) }, "5500 0000 0000 0004"));

        Assert.False(placed);
    }

    [Theory]
    [InlineData(1, 10.0, 10.0)]
    [InlineData(3, 2.5, 7.5)]
    public void Prices_add_up(int quantity, double unitPrice, double expected)
    {
        Assert.Equal((decimal)expected, _orders.Price(new Order("cy", new[] { new OrderLine("x", quantity, (decimal)unitPrice) }, "n/a")));
    }
}
