namespace Shop.Orders;

/// <summary>What the payment provider answered. FlowTest reads <see cref="IsSuccess"/> for the verdict.</summary>
public sealed record PaymentResult(bool IsSuccess, string? DeclineReason, string? TransactionId);
