using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace FlowTest.Weaving.Tests.Infrastructure;

/// <summary>
/// Every method's IL and debug information as written in the assembly and its portable PDB, read with
/// System.Reflection.Metadata (independent of Cecil): sequence points, local scopes with their
/// variables, state machine kick-off, and custom debug information (kind and blob). Keyed by
/// <c>Namespace.Outer/Type::Method/arity#ordinal</c>, so records of two builds compare although tokens could differ.
/// </summary>
internal static class MethodDebugRecords
{
    /// <summary>Custom debug information kind: IL ranges of hoisted locals of a state machine (kick-off method).</summary>
    public static readonly Guid StateMachineHoistedLocalScopes = new("6DA9A61E-F8C7-4874-BE62-68BC5630DF71");

    /// <summary>Custom debug information kind: yield and resume offsets of an async MoveNext.</summary>
    public static readonly Guid AsyncMethodSteppingInformation = new("54FD2AC5-E925-401A-9C2A-F94F171072F8");

    public static Dictionary<string, MethodDebugRecord> Of(string assemblyPath)
    {
        using var pe = new PEReader(File.OpenRead(assemblyPath));
        var metadata = pe.GetMetadataReader();
        using var pdbProvider = MetadataReaderProvider.FromPortablePdbStream(File.OpenRead(Path.ChangeExtension(assemblyPath, ".pdb")));
        var pdb = pdbProvider.GetMetadataReader();
        var records = new Dictionary<string, MethodDebugRecord>(StringComparer.Ordinal);
        foreach (var handle in metadata.MethodDefinitions)
        {
            var definition = metadata.GetMethodDefinition(handle);
            var key = KeyOf(metadata, handle, definition, records);
            var ilSize = definition.RelativeVirtualAddress == 0 ? 0 : pe.GetMethodBody(definition.RelativeVirtualAddress).Size;
            records.Add(key, new MethodDebugRecord(ilSize, Describe(metadata, pdb, handle)));
        }

        return records;
    }

    private static string KeyOf(MetadataReader metadata, MethodDefinitionHandle handle, MethodDefinition definition, Dictionary<string, MethodDebugRecord> taken)
    {
        var name = TypeNameOf(metadata, definition.GetDeclaringType()) + "::" + metadata.GetString(definition.Name) + "/" + definition.GetParameters().Count;
        var ordinal = 0;
        while (taken.ContainsKey(name + "#" + ordinal))
        {
            ordinal++;
        }

        return name + "#" + ordinal;
    }

    private static string TypeNameOf(MetadataReader metadata, TypeDefinitionHandle handle)
    {
        var type = metadata.GetTypeDefinition(handle);
        var outer = type.GetDeclaringType();
        return outer.IsNil
            ? metadata.GetString(type.Namespace) + "." + metadata.GetString(type.Name)
            : TypeNameOf(metadata, outer) + "/" + metadata.GetString(type.Name);
    }

    // catch handler offset + 1, then per await: yield offset, resume offset, resume method (a row number,
    // which a rewrite may renumber: named instead).
    private static string DescribeAsyncSteps(MetadataReader metadata, BlobReader blob)
    {
        var steps = new List<string> { "catch " + blob.ReadUInt32() };
        while (blob.RemainingBytes > 0)
        {
            var yieldOffset = blob.ReadUInt32();
            var resumeOffset = blob.ReadUInt32();
            var resumeMethod = MetadataTokens.MethodDefinitionHandle(blob.ReadCompressedInteger());
            var definition = metadata.GetMethodDefinition(resumeMethod);
            steps.Add(yieldOffset + "->" + resumeOffset + " in " + TypeNameOf(metadata, definition.GetDeclaringType()) + "::" + metadata.GetString(definition.Name));
        }

        return string.Join(" ", steps);
    }

    private static List<string> Describe(MetadataReader metadata, MetadataReader pdb, MethodDefinitionHandle handle)
    {
        var lines = new List<string>();
        var debug = pdb.GetMethodDebugInformation(handle.ToDebugInformationHandle());
        lines.AddRange(debug.GetSequencePoints().Select(p => "point " + p.Offset + " " + (p.IsHidden ? "hidden" : p.StartLine + ":" + p.StartColumn + "-" + p.EndLine + ":" + p.EndColumn)));
        foreach (var scopeHandle in pdb.GetLocalScopes(handle))
        {
            var scope = pdb.GetLocalScope(scopeHandle);
            var variables = scope.GetLocalVariables().Select(v => pdb.GetLocalVariable(v)).Select(v => v.Index + "=" + pdb.GetString(v.Name));
            lines.Add("scope " + scope.StartOffset + "+" + scope.Length + " [" + string.Join(",", variables) + "]");
        }

        var kickoff = debug.GetStateMachineKickoffMethod();
        if (!kickoff.IsNil)
        {
            lines.Add("kickoff " + metadata.GetString(metadata.GetMethodDefinition(kickoff).Name));
        }

        foreach (var infoHandle in pdb.GetCustomDebugInformation(handle))
        {
            var info = pdb.GetCustomDebugInformation(infoHandle);
            var kind = pdb.GetGuid(info.Kind);
            var value = kind == AsyncMethodSteppingInformation ? DescribeAsyncSteps(metadata, pdb.GetBlobReader(info.Value)) : Convert.ToHexString(pdb.GetBlobBytes(info.Value));
            lines.Add("custom " + kind + " " + value);
        }

        return lines;
    }
}

/// <summary>One method's IL size and its debug information, one line per record.</summary>
internal sealed record MethodDebugRecord(int IlSize, List<string> Debug);
