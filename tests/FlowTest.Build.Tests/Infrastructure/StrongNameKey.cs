using System.IO;
using System.Security.Cryptography;

namespace FlowTest.Build.Tests.Infrastructure;

/// <summary>
/// A strong-name key made in the test: the private <c>.snk</c> blob (CryptoAPI PRIVATEKEYBLOB, as
/// <c>sn -k</c> writes it) and the public key (as <c>sn -p</c> writes it and as metadata stores it).
/// </summary>
internal sealed class StrongNameKey
{
    private const uint SignatureAlgorithmRsaSign = 0x2400;
    private const uint HashAlgorithmSha1 = 0x8004;

    private StrongNameKey(RSAParameters parameters)
    {
        Parameters = parameters;
        KeyPairBlob = BuildPrivateKeyBlob(parameters);
        PublicKey = BuildPublicKey(parameters);
    }

    public RSAParameters Parameters { get; }

    public byte[] KeyPairBlob { get; }

    /// <summary>The 12-byte strong-name header followed by the PUBLICKEYBLOB: the assembly's public key.</summary>
    public byte[] PublicKey { get; }

    public static StrongNameKey Generate()
    {
        using var rsa = RSA.Create(1024);
        return new StrongNameKey(rsa.ExportParameters(includePrivateParameters: true));
    }

    private static byte[] BuildPrivateKeyBlob(RSAParameters key)
    {
        var bits = key.Modulus!.Length * 8;
        using var stream = new MemoryStream();
        using var writer = new BinaryWriter(stream);
        writer.Write((byte)0x07); // PRIVATEKEYBLOB
        writer.Write((byte)0x02);
        writer.Write((ushort)0);
        writer.Write(SignatureAlgorithmRsaSign);
        writer.Write(0x32415352u); // "RSA2"
        writer.Write((uint)bits);
        writer.Write(Exponent(key.Exponent!));
        writer.Write(LittleEndian(key.Modulus, bits / 8));
        writer.Write(LittleEndian(key.P!, bits / 16));
        writer.Write(LittleEndian(key.Q!, bits / 16));
        writer.Write(LittleEndian(key.DP!, bits / 16));
        writer.Write(LittleEndian(key.DQ!, bits / 16));
        writer.Write(LittleEndian(key.InverseQ!, bits / 16));
        writer.Write(LittleEndian(key.D!, bits / 8));
        writer.Flush();
        return stream.ToArray();
    }

    private static byte[] BuildPublicKey(RSAParameters key)
    {
        var bits = key.Modulus!.Length * 8;
        using var blob = new MemoryStream();
        using (var writer = new BinaryWriter(blob, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write((byte)0x06); // PUBLICKEYBLOB
            writer.Write((byte)0x02);
            writer.Write((ushort)0);
            writer.Write(SignatureAlgorithmRsaSign);
            writer.Write(0x31415352u); // "RSA1"
            writer.Write((uint)bits);
            writer.Write(Exponent(key.Exponent!));
            writer.Write(LittleEndian(key.Modulus, bits / 8));
        }

        using var stream = new MemoryStream();
        using var header = new BinaryWriter(stream);
        header.Write(SignatureAlgorithmRsaSign);
        header.Write(HashAlgorithmSha1);
        header.Write((uint)blob.Length);
        header.Write(blob.ToArray());
        header.Flush();
        return stream.ToArray();
    }

    private static uint Exponent(byte[] bigEndian)
    {
        uint value = 0;
        foreach (var b in bigEndian)
        {
            value = (value << 8) | b;
        }

        return value;
    }

    private static byte[] LittleEndian(byte[] bigEndian, int length)
    {
        var result = new byte[length];
        for (var i = 0; i < bigEndian.Length && i < length; i++)
        {
            result[i] = bigEndian[bigEndian.Length - 1 - i];
        }

        return result;
    }
}
