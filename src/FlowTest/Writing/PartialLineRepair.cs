using System.IO;

namespace FlowTest.Writing;

/// <summary>
/// A writer killed in the middle of a write can leave half a line at the end of a trace part.
/// Whoever next holds the trace lock (so no live writer is mid-write) cuts that tail off, so a
/// trace only ever holds complete lines and the next append starts on a line boundary.
/// </summary>
internal static class PartialLineRepair
{
    /// <summary>Truncates <paramref name="stream"/> after its last <c>\n</c>; returns the bytes removed.</summary>
    public static long TrimPartialLastLine(FileStream stream)
    {
        var length = stream.Length;
        if (length == 0 || LastByte(stream, length) == (byte)'\n')
        {
            return 0;
        }

        var buffer = new byte[8192];
        var end = length;
        while (end > 0)
        {
            var start = end - buffer.Length < 0 ? 0 : end - buffer.Length;
            var count = (int)(end - start);
            ReadAt(stream, start, buffer, count);
            for (var i = count - 1; i >= 0; i--)
            {
                if (buffer[i] == (byte)'\n')
                {
                    var keep = start + i + 1;
                    stream.SetLength(keep);
                    return length - keep;
                }
            }

            end = start;
        }

        stream.SetLength(0);
        return length;
    }

    /// <summary>Opens <paramref name="path"/> and trims it (used on runs found crashed).</summary>
    public static long TrimPartialLastLine(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete, 1);
        return TrimPartialLastLine(stream);
    }

    private static int LastByte(FileStream stream, long length)
    {
        var one = new byte[1];
        ReadAt(stream, length - 1, one, 1);
        return one[0];
    }

    private static void ReadAt(FileStream stream, long position, byte[] buffer, int count)
    {
        stream.Position = position;
        var read = 0;
        while (read < count)
        {
            var n = stream.Read(buffer, read, count - read);
            if (n <= 0)
            {
                break;
            }

            read += n;
        }
    }
}
