namespace FlowTest;

/// <summary>
/// The failure classes used for triage. A class may carry a suffix after a dot,
/// e.g. <c>DATA.EMPTY</c> or <c>EXTERNAL.TIMEOUT</c>.
/// </summary>
public static class FailureClass
{
    /// <summary>Exceptions, timeouts, resource exhaustion.</summary>
    public const string System = "SYSTEM";

    /// <summary>Empty, malformed or late inputs.</summary>
    public const string Data = "DATA";

    /// <summary>Invalid state or failed validation.</summary>
    public const string Contract = "CONTRACT";

    /// <summary>Upstream or downstream service failures.</summary>
    public const string External = "EXTERNAL";

    /// <summary>A domain rule was not satisfied.</summary>
    public const string Business = "BUSINESS";
}
