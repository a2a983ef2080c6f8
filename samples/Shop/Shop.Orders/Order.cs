using FlowTest;

namespace Shop.Orders;

/// <summary>
/// An order to place: who, what, and the card to charge. Orders are woven flows' arguments, so they
/// are evidence: <see cref="RedactAttribute"/> keeps the card number out of the trace.
/// </summary>
public sealed record Order(string Customer, IReadOnlyList<OrderLine> Lines, [property: Redact] string CardNumber);

/// <summary>One line of an order.</summary>
public sealed record OrderLine(string Sku, int Quantity, decimal UnitPrice);
