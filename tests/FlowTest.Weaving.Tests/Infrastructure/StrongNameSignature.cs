using System;
using System.IO;
using System.Linq;
using System.Reflection.PortableExecutable;
using System.Security.Cryptography;

namespace FlowTest.Weaving.Tests.Infrastructure;

/// <summary>Checks a strong-name signature against a key: SHA-1 of the headers and the image after them except the signature blob, RSA PKCS#1 (the scheme Cecil signs with).</summary>
internal static class StrongNameSignature
{
    public static byte[] Blob(string assemblyPath)
    {
        var bytes = File.ReadAllBytes(assemblyPath);
        var (offset, size) = Location(bytes);
        return bytes.Skip(offset).Take(size).ToArray();
    }

    public static bool Verifies(string assemblyPath, RSA key)
    {
        var bytes = File.ReadAllBytes(assemblyPath);
        var (offset, size) = Location(bytes);
        using var pe = new PEReader(new MemoryStream(bytes));
        // The headers up to the end of the section table, without the file-alignment padding.
        var coff = pe.PEHeaders.CoffHeader;
        var headerSize = pe.PEHeaders.CoffHeaderStartOffset + 20 + coff.SizeOfOptionalHeader + (40 * coff.NumberOfSections);
        var text = pe.PEHeaders.SectionHeaders.First(s => s.Name == ".text");
        using var hashed = new MemoryStream();
        hashed.Write(bytes, 0, headerSize);
        hashed.Write(bytes, text.PointerToRawData, offset - text.PointerToRawData);
        hashed.Write(bytes, offset + size, bytes.Length - (offset + size));
        var signature = bytes.Skip(offset).Take(size).Reverse().ToArray();
        return key.VerifyData(hashed.ToArray(), signature, HashAlgorithmName.SHA1, RSASignaturePadding.Pkcs1);
    }

    private static (int Offset, int Size) Location(byte[] bytes)
    {
        using var pe = new PEReader(new MemoryStream(bytes));
        var directory = pe.PEHeaders.CorHeader!.StrongNameSignatureDirectory;
        Assert.True(directory.Size > 0, "the assembly should carry a strong-name signature blob");
        Assert.True(pe.PEHeaders.TryGetDirectoryOffset(directory, out var offset));
        return (offset, directory.Size);
    }
}
