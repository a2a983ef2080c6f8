using System.IO;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace FlowTest.Weaving;

/// <summary>
/// Writes an embedded portable PDB when the module goes to a memory stream: Cecil's provider only
/// checks that it got a file name (it never opens it), and a stream has none.
/// </summary>
internal sealed class EmbeddedSymbolWriterProvider : ISymbolWriterProvider
{
    private readonly EmbeddedPortablePdbWriterProvider _inner = new();

    public ISymbolWriter GetSymbolWriter(ModuleDefinition module, string fileName) =>
        _inner.GetSymbolWriter(module, string.IsNullOrEmpty(fileName) ? NameOf(module) : fileName);

    public ISymbolWriter GetSymbolWriter(ModuleDefinition module, Stream symbolStream) =>
        _inner.GetSymbolWriter(module, NameOf(module));

    private static string NameOf(ModuleDefinition module) => string.IsNullOrEmpty(module.Name) ? "assembly.dll" : module.Name;
}
