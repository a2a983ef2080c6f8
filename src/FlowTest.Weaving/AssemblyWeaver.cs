namespace FlowTest.Weaving;

/// <summary>
/// Entry point of the weaver: reads one assembly with its symbols, weaves every method marked
/// <c>[Flow]</c>, and writes it back in place (symbols and strong name kept valid).
/// </summary>
public static class AssemblyWeaver
{
    /// <summary>Weaves the assembly named by <paramref name="request"/>. Never throws: failures come back as diagnostics.</summary>
    public static WeaveResult Weave(WeaveRequest request)
    {
        // Contract placeholder until the weaver lands: reports that nothing was woven.
        _ = request;
        return new WeaveResult(WeaveOutcome.NothingToWeave, 0, new WeaveDiagnostic[0]);
    }
}
