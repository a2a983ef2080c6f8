using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace FlowTest.Build.Tests.Infrastructure;

/// <summary>Reads built assemblies and their symbols with System.Reflection.Metadata, never loading them.</summary>
internal static class AssemblyInspection
{
    /// <summary>The type the weaver adds to every assembly it rewrote.</summary>
    public const string WovenMarkerType = "<FlowTestWoven>";

    public static bool IsWoven(string assemblyPath)
    {
        using var pe = new PEReader(File.OpenRead(assemblyPath));
        var metadata = pe.GetMetadataReader();
        return metadata.TypeDefinitions.Any(handle => metadata.GetString(metadata.GetTypeDefinition(handle).Name) == WovenMarkerType);
    }

    /// <summary>
    /// Lines of the non-hidden sequence points of <paramref name="typeName"/>.<paramref name="methodName"/>,
    /// from the PDB beside the assembly or embedded in it.
    /// </summary>
    public static IReadOnlyList<int> VisibleSequencePointLines(string assemblyPath, string typeName, string methodName)
    {
        using var pe = new PEReader(File.OpenRead(assemblyPath));
        var metadata = pe.GetMetadataReader();
        var method = metadata.TypeDefinitions
            .Select(metadata.GetTypeDefinition)
            .Where(type => metadata.GetString(type.Name) == typeName)
            .SelectMany(type => type.GetMethods())
            .Single(handle => metadata.GetString(metadata.GetMethodDefinition(handle).Name) == methodName);

        using var symbols = OpenSymbols(pe, assemblyPath);
        var pdb = symbols.GetMetadataReader();
        return pdb.GetMethodDebugInformation(method.ToDebugInformationHandle())
            .GetSequencePoints()
            .Where(point => !point.IsHidden)
            .Select(point => point.StartLine)
            .ToList();
    }

    private static MetadataReaderProvider OpenSymbols(PEReader pe, string assemblyPath)
    {
        var embedded = pe.ReadDebugDirectory().Where(entry => entry.Type == DebugDirectoryEntryType.EmbeddedPortablePdb).ToList();
        if (embedded.Count > 0)
        {
            return pe.ReadEmbeddedPortablePdbDebugDirectoryData(embedded[0]);
        }

        var pdbPath = Path.ChangeExtension(assemblyPath, ".pdb");
        if (!File.Exists(pdbPath))
        {
            throw new InvalidOperationException("No symbols for " + assemblyPath);
        }

        return MetadataReaderProvider.FromPortablePdbStream(new MemoryStream(File.ReadAllBytes(pdbPath)));
    }
}
