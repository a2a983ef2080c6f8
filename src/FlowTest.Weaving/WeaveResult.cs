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
}
