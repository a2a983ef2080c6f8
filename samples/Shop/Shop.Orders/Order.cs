namespace Shop.Orders;

/// <summary>An order to place: who, what, and the card to charge.</summary>
public sealed record Order(string Customer, IReadOnlyList<OrderLine> Lines, string CardNumber);

/// <summary>One line of an order.</summary>
public sealed record OrderLine(string Sku, int Quantity, decimal UnitPrice);
