using System;
using System.Collections.Generic;

namespace FlowTest.Weaving;

/// <summary>What to weave: one compiled assembly, rewritten in place together with its symbols.</summary>
public sealed class WeaveRequest
{
    /// <summary>Creates a request for the assembly at <paramref name="assemblyPath"/> (usually the one in <c>obj/</c>).</summary>
    public WeaveRequest(string assemblyPath)
    {
        AssemblyPath = assemblyPath;
    }

    /// <summary>The assembly to rewrite in place. Its PDB (portable, embedded or none) is found beside it.</summary>
    public string AssemblyPath { get; }

    /// <summary>Paths of the assemblies the project references, for resolving types outside the assembly.</summary>
    public IReadOnlyList<string> ReferencePaths { get; set; } = new string[0];

    /// <summary>Source paths baked into events are made relative to this folder (the repository root); null keeps them absolute.</summary>
    public string? SourceRoot { get; set; }

    /// <summary>The strong-name key file (<c>AssemblyOriginatorKeyFile</c>), or null when the assembly is not signed.</summary>
    public string? StrongNameKeyFile { get; set; }

    /// <summary>Whether the assembly is delay-signed: it keeps its public key and stays unsigned.</summary>
    public bool DelaySign { get; set; }

    /// <summary>
    /// Called with a phase name (<c>read</c>, <c>find</c>, <c>rewrite</c>, <c>write</c>) as each phase ends, so the
    /// caller can time them; the build task reports the times in a low-importance message.
    /// </summary>
    public Action<string>? PhaseCompleted { get; set; }
}
