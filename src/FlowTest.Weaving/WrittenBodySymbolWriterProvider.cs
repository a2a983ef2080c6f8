using System.IO;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace FlowTest.Weaving;

/// <summary>Hands Cecil its own symbol writers wrapped in <see cref="WrittenBodySymbolWriter"/>.</summary>
internal sealed class WrittenBodySymbolWriterProvider : ISymbolWriterProvider
{
    private readonly ISymbolWriterProvider _inner;

    public WrittenBodySymbolWriterProvider(ISymbolWriterProvider inner) => _inner = inner;

    public ISymbolWriter GetSymbolWriter(ModuleDefinition module, string fileName) =>
        new WrittenBodySymbolWriter(_inner.GetSymbolWriter(module, fileName));

    public ISymbolWriter GetSymbolWriter(ModuleDefinition module, Stream symbolStream) =>
        new WrittenBodySymbolWriter(_inner.GetSymbolWriter(module, symbolStream));
}
