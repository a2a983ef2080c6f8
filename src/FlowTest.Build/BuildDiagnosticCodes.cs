namespace FlowTest.Build;

/// <summary>
/// Codes the task itself reports, apart from the weaver's own <c>FT0001</c>… range: they say that
/// weaving could not happen at all, never what is wrong with a member.
/// </summary>
internal static class BuildDiagnosticCodes
{
    /// <summary>The weaver failed unexpectedly (an exception, or a failure without a reported error).</summary>
    public const string WeaverFailed = "FT0100";

    /// <summary>The compiled assembly to weave does not exist.</summary>
    public const string AssemblyMissing = "FT0101";

    /// <summary>Warning: the stamp that records a finished weave could not be written.</summary>
    public const string StampNotWritten = "FT0102";

    /// <summary>Warning: the compiler strong-name signed the assembly with a key the weaver cannot use (a key container); the woven one is left without a valid signature.</summary>
    public const string StrongNameNotReSigned = "FT0103";
}
