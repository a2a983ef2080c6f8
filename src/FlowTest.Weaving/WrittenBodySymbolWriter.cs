using Mono.Cecil.Cil;

namespace FlowTest.Weaving;

/// <summary>
/// Cecil's symbol writer, less one wasted decode. When Cecil writes a method's debug information its
/// body is already in the output (raw bytes for a body the weaver never touched), yet it then asks
/// the method for its custom debug information, and that getter decodes the whole body into
/// instructions first. With 5,000 methods of which 2,000 are woven, that is 3,000 bodies decoded
/// for nothing: time and ~a tenth of the weave's memory. Giving the method an empty body just
/// before the call leaves Cecil nothing to decode; the custom debug information it writes was read
/// from the PDB with the symbols (raw IL offsets, exactly as the compiler wrote them), and nothing
/// reads the body again once it is written. The module is discarded after the write.
/// </summary>
internal sealed class WrittenBodySymbolWriter : ISymbolWriter
{
    private readonly ISymbolWriter _inner;

    public WrittenBodySymbolWriter(ISymbolWriter inner) => _inner = inner;

    public ISymbolReaderProvider GetReaderProvider() => _inner.GetReaderProvider();

    public ImageDebugHeader GetDebugHeader() => _inner.GetDebugHeader();

    public void Write(MethodDebugInformation info)
    {
        var method = info.Method;
        method.Body = new MethodBody(method);
        _inner.Write(info);
    }

    public void Write() => _inner.Write();

    public void Write(ICustomDebugInformationProvider provider) => _inner.Write(provider);

    public void Dispose() => _inner.Dispose();
}
