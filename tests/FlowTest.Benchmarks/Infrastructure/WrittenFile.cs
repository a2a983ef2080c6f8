using System;
using System.Collections.Generic;
using System.IO;

namespace FlowTest.Benchmarks.Infrastructure;

/// <summary>What the throughput benchmarks need to know about a file a logger wrote.</summary>
internal static class WrittenFile
{
    /// <summary>
    /// fsync: FlowTest's writer makes the trace durable when it is disposed; the peers only hand their
    /// bytes to the OS. Syncing their file after dispose puts all three on the same footing.
    /// </summary>
    public static void SyncToDisk(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
        stream.Flush(flushToDisk: true);
    }

    /// <summary>
    /// Throws unless the files together hold exactly <paramref name="expected"/> lines: a logger that
    /// dropped events under load would otherwise look faster than it is.
    /// </summary>
    public static void RequireLines(IEnumerable<string> paths, long expected, byte[] scratch)
    {
        long lines = 0;
        foreach (var path in paths)
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1);
            int read;
            while ((read = stream.Read(scratch, 0, scratch.Length)) > 0)
            {
                lines += scratch.AsSpan(0, read).Count((byte)'\n');
            }
        }

        if (lines != expected)
        {
            throw new InvalidOperationException($"the written files hold {lines:N0} lines, expected {expected:N0}: events were lost or the run is not comparable.");
        }
    }

    public static long TotalBytes(IEnumerable<string> paths)
    {
        long total = 0;
        foreach (var path in paths)
        {
            total += new FileInfo(path).Length;
        }

        return total;
    }
}
