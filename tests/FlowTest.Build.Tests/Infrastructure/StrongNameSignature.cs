using System;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Security.Cryptography;

namespace FlowTest.Build.Tests.Infrastructure;

/// <summary>
/// Checks a strong-name signature the way the .NET Framework loader does (.NET itself skips the
/// check): SHA-1 over the PE headers (checksum and certificate-table entry zeroed, alignment padding
/// left out) and every section's raw data except the signature blob, verified against the
/// assembly's own public key.
/// </summary>
internal sealed class StrongNameSignature
{
    private StrongNameSignature(bool signedFlag, byte[] blob, byte[] publicKey, bool verifies)
    {
        SignedFlag = signedFlag;
        Blob = blob;
        PublicKey = publicKey;
        Verifies = verifies;
    }

    /// <summary>The <c>StrongNameSigned</c> bit of the CLI header's flags.</summary>
    public bool SignedFlag { get; }

    /// <summary>The signature blob the CLI header points at (all zero when delay-signed).</summary>
    public byte[] Blob { get; }

    /// <summary>The public key in the assembly's metadata.</summary>
    public byte[] PublicKey { get; }

    /// <summary>Whether <see cref="Blob"/> is a valid signature of the file by <see cref="PublicKey"/>.</summary>
    public bool Verifies { get; }

    public static StrongNameSignature Read(string assemblyPath) => Read(File.ReadAllBytes(assemblyPath));

    public static StrongNameSignature Read(byte[] image)
    {
        using var pe = new PEReader(new MemoryStream(image));
        var headers = pe.PEHeaders;
        var cor = headers.CorHeader ?? throw new InvalidOperationException("not a .NET assembly");
        var metadata = pe.GetMetadataReader();
        var publicKey = metadata.GetBlobBytes(metadata.GetAssemblyDefinition().PublicKey);
        var signatureDirectory = cor.StrongNameSignatureDirectory;
        if (signatureDirectory.Size == 0)
        {
            return new StrongNameSignature((cor.Flags & CorFlags.StrongNameSigned) != 0, Array.Empty<byte>(), publicKey, false);
        }

        headers.TryGetDirectoryOffset(signatureDirectory, out var blobOffset);
        var blob = image.AsSpan(blobOffset, signatureDirectory.Size).ToArray();
        var hash = Hash(image, headers, blobOffset, signatureDirectory.Size);
        var verifies = publicKey.Length > 12 && VerifyWith(publicKey, hash, blob);
        return new StrongNameSignature((cor.Flags & CorFlags.StrongNameSigned) != 0, blob, publicKey, verifies);
    }

    private static byte[] Hash(byte[] image, PEHeaders headers, int blobOffset, int blobSize)
    {
        var headerSize = headers.PEHeaderStartOffset + headers.CoffHeader.SizeOfOptionalHeader + (40 * headers.CoffHeader.NumberOfSections);
        var headerBytes = image.AsSpan(0, headerSize).ToArray();
        var checksumOffset = headers.PEHeaderStartOffset + 64;
        var certificateEntryOffset = headers.PEHeaderStartOffset + (headers.PEHeader!.Magic == PEMagic.PE32Plus ? 144 : 128);
        Array.Clear(headerBytes, checksumOffset, 4);
        Array.Clear(headerBytes, certificateEntryOffset, 8);

        using var sha1 = IncrementalHash.CreateHash(HashAlgorithmName.SHA1);
        sha1.AppendData(headerBytes);
        foreach (var section in headers.SectionHeaders.OrderBy(section => section.VirtualAddress))
        {
            var start = section.PointerToRawData;
            var end = start + section.SizeOfRawData;
            if (blobOffset >= start && blobOffset < end)
            {
                sha1.AppendData(image, start, blobOffset - start);
                sha1.AppendData(image, blobOffset + blobSize, end - (blobOffset + blobSize));
            }
            else
            {
                sha1.AppendData(image, start, section.SizeOfRawData);
            }
        }

        return sha1.GetHashAndReset();
    }

    private static bool VerifyWith(byte[] publicKey, byte[] hash, byte[] blob)
    {
        // publicKey = 12-byte header, then PUBLICKEYBLOB: 8-byte BLOBHEADER, "RSA1", bit length, exponent, modulus (little-endian).
        var bits = BitConverter.ToInt32(publicKey, 12 + 12);
        var exponent = BitConverter.ToUInt32(publicKey, 12 + 16);
        var modulus = publicKey.AsSpan(12 + 20, bits / 8).ToArray();
        Array.Reverse(modulus);
        var exponentBytes = new[] { (byte)(exponent >> 16), (byte)(exponent >> 8), (byte)exponent }.SkipWhile(b => b == 0).ToArray();
        using var rsa = RSA.Create();
        rsa.ImportParameters(new RSAParameters { Modulus = modulus, Exponent = exponentBytes });
        var signature = (byte[])blob.Clone();
        Array.Reverse(signature);
        return rsa.VerifyHash(hash, signature, HashAlgorithmName.SHA1, RSASignaturePadding.Pkcs1);
    }
}
