using System.Collections.Generic;

namespace FlowTest.Weaving;

/// <summary>The outcome of one weave with everything worth reporting.</summary>
public sealed class WeaveResult
{
    /// <summary>Creates a result.</summary>
    public WeaveResult(WeaveOutcome outcome, int methodsWoven, IReadOnlyList<WeaveDiagnostic> diagnostics)
    {
        Outcome = outcome;
        MethodsWoven = methodsWoven;
        Diagnostics = diagnostics;
    }

    /// <summary>What happened to the assembly.</summary>
    public WeaveOutcome Outcome { get; }

    /// <summary>How many methods were woven.</summary>
    public int MethodsWoven { get; }

    /// <summary>Warnings and errors, each with code and source location.</summary>
    public IReadOnlyList<WeaveDiagnostic> Diagnostics { get; }

    /// <summary>
    /// True when the compiler had strong-name signed the assembly but the weaver had no key to re-sign it
    /// with (a key container, <c>[AssemblyKeyName]</c>, <c>[AssemblyKeyFile]</c>): the woven assembly keeps
    /// its public key with an empty signature, like a delay-signed one. The caller says what to do.
    /// </summary>
    public bool StrongNameSignatureDropped { get; internal set; }
}
