namespace FlowTest.Weaving;

/// <summary>How an assembly carries its symbols; the woven assembly keeps the same form.</summary>
internal enum SymbolForm
{
    /// <summary>No symbols: nothing to keep in step.</summary>
    None,

    /// <summary>A portable PDB file beside the assembly.</summary>
    PortableBeside,

    /// <summary>A portable PDB embedded in the assembly's debug directory.</summary>
    Embedded,
}
