namespace FlowTest.Weaving;

/// <summary>The codes of weaving diagnostics; <c>docs/weaving.md</c> explains each one.</summary>
internal static class DiagnosticCodes
{
    /// <summary><c>[Flow]</c> on an abstract or interface member: it has no body to weave.</summary>
    public const string AbstractMember = "FT0001";

    /// <summary><c>[Flow]</c> on an extern (P/Invoke, internal call) member: it has no IL body.</summary>
    public const string ExternMember = "FT0002";

    /// <summary><c>[Flow]</c> and <c>[NoTrace]</c> on the same member: <c>[NoTrace]</c> wins.</summary>
    public const string FlowAndNoTrace = "FT0003";

    /// <summary>The assembly marks methods with a <c>[Flow]</c> type that is not FlowTest's runtime: nothing to call.</summary>
    public const string RuntimeNotReferenced = "FT0005";

    /// <summary>The assembly or its symbols could not be read or written.</summary>
    public const string ReadOrWriteFailed = "FT0010";

    /// <summary>The strong-name key file could not be read; the assembly is left untouched.</summary>
    public const string StrongNameKeyUnreadable = "FT0011";

    /// <summary>The weaver failed on one method: a FlowTest bug; the message names the method.</summary>
    public const string InternalError = "FT0099";
}
