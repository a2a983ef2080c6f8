using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace FlowTest.Weaving.Tests.Infrastructure;

/// <summary>Reads a method's sequence points with System.Reflection.Metadata (independent of Cecil, which wrote them).</summary>
internal static class SequencePoints
{
    /// <summary>The visible points of <c>Type.Method</c> as <c>line:column-endLine:endColumn</c>, plus the method's IL size.</summary>
    public static (List<string> Points, int IlSize) Of(string assemblyPath, string typeName, string methodName)
    {
        using var pe = new PEReader(File.OpenRead(assemblyPath));
        var metadata = pe.GetMetadataReader();
        var handle = FindMethod(metadata, typeName, methodName);
        using var pdbProvider = OpenPdb(pe, assemblyPath);
        var pdb = pdbProvider.GetMetadataReader();
        var debug = pdb.GetMethodDebugInformation(handle.ToDebugInformationHandle());
        var points = debug.GetSequencePoints()
            .Where(p => !p.IsHidden)
            .Select(p => p.StartLine + ":" + p.StartColumn + "-" + p.EndLine + ":" + p.EndColumn)
            .ToList();
        var definition = metadata.GetMethodDefinition(handle);
        var ilSize = pe.GetMethodBody(definition.RelativeVirtualAddress).GetILBytes()!.Length;
        var maxOffset = debug.GetSequencePoints().Select(p => p.Offset).DefaultIfEmpty(0).Max();
        Assert.True(maxOffset < ilSize, "a sequence point must point inside the method body");
        return (points, ilSize);
    }

    public static bool HasEmbeddedPdb(string assemblyPath)
    {
        using var pe = new PEReader(File.OpenRead(assemblyPath));
        return pe.ReadDebugDirectory().Any(e => e.Type == DebugDirectoryEntryType.EmbeddedPortablePdb);
    }

    private static MetadataReaderProvider OpenPdb(PEReader pe, string assemblyPath)
    {
        var embedded = pe.ReadDebugDirectory().FirstOrDefault(e => e.Type == DebugDirectoryEntryType.EmbeddedPortablePdb);
        if (embedded.DataSize > 0)
        {
            return pe.ReadEmbeddedPortablePdbDebugDirectoryData(embedded);
        }

        return MetadataReaderProvider.FromPortablePdbStream(File.OpenRead(Path.ChangeExtension(assemblyPath, ".pdb")));
    }

    public static MethodDefinitionHandle FindMethod(MetadataReader metadata, string typeName, string methodName)
    {
        foreach (var typeHandle in metadata.TypeDefinitions)
        {
            var type = metadata.GetTypeDefinition(typeHandle);
            if (metadata.GetString(type.Name) != typeName)
            {
                continue;
            }

            foreach (var methodHandle in type.GetMethods())
            {
                if (metadata.GetString(metadata.GetMethodDefinition(methodHandle).Name) == methodName)
                {
                    return methodHandle;
                }
            }
        }

        throw new InvalidOperationException(typeName + "." + methodName + " not found");
    }
}
