using System;
using System.IO;
using System.Security.Cryptography;

namespace FlowTest.Weaving.Tests.Infrastructure;

/// <summary>Strong-name keys made in the test: an RSA key written as a <c>.snk</c> (CAPI PRIVATEKEYBLOB).</summary>
internal static class TestKeys
{
    public static (string Path, RSA Key) CreateSnk(string directory)
    {
        var rsa = RSA.Create(1024);
        var p = rsa.ExportParameters(includePrivateParameters: true);
        using var blob = new MemoryStream();
        using (var writer = new BinaryWriter(blob))
        {
            writer.Write((byte)0x07);     // PRIVATEKEYBLOB
            writer.Write((byte)0x02);     // version
            writer.Write((ushort)0);
            writer.Write(0x00002400);     // CALG_RSA_SIGN
            writer.Write(0x32415352);     // "RSA2"
            writer.Write(p.Modulus!.Length * 8);
            var exponent = new byte[4];
            Array.Copy(Reversed(p.Exponent!), exponent, p.Exponent!.Length);
            writer.Write(exponent);
            foreach (var part in new[] { p.Modulus, p.P!, p.Q!, p.DP!, p.DQ!, p.InverseQ!, p.D! })
            {
                writer.Write(Reversed(part));
            }
        }

        var path = System.IO.Path.Combine(directory, "test.snk");
        File.WriteAllBytes(path, blob.ToArray());
        return (path, rsa);
    }

    private static byte[] Reversed(byte[] bigEndian)
    {
        var copy = (byte[])bigEndian.Clone();
        Array.Reverse(copy);
        return copy;
    }
}
