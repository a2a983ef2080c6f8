using System.IO;
using System.Reflection.PortableExecutable;

namespace FlowTest.Adapters.Tests.Packaging;

/// <summary>
/// Tells a ReadyToRun (precompiled) assembly from an IL-only one: crossgen2 points the CLI header's
/// managed native header at a READYTORUN_HEADER, whose signature is "RTR"; IL-only assemblies leave it empty.
/// </summary>
internal static class PortableExecutableKind
{
    private const uint ReadyToRunSignature = 0x00525452;

    public static bool IsReadyToRun(byte[] image)
    {
        using var reader = new PEReader(new MemoryStream(image));
        var header = reader.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory;
        if (header.Size == 0)
        {
            return false;
        }

        var content = reader.GetSectionData(header.RelativeVirtualAddress).GetReader();
        return content.ReadUInt32() == ReadyToRunSignature;
    }
}
