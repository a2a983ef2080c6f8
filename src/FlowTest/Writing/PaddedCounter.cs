using System.Runtime.InteropServices;

namespace FlowTest.Writing;

/// <summary>
/// A counter alone on its cache lines, so producers bumping one counter do not invalidate the line
/// the writer thread keeps updating for another (false sharing).
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = 128)]
internal struct PaddedCounter
{
    [FieldOffset(64)]
    public long Value;
}
