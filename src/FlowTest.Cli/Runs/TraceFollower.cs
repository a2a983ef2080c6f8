using System;
using System.Collections.Generic;
using System.IO;
using FlowTest.Reading;

namespace FlowTest.Cli.Runs;

/// <summary>
/// Reads what writers append to a live run: remembers how far each trace part was read, returns
/// only complete lines (a half-written last line waits for its <c>\n</c>), and picks up new parts
/// when the trace rotates. Malformed lines are counted and skipped.
/// </summary>
internal sealed class TraceFollower
{
    private const int ChunkBytes = 64 * 1024;

    private readonly string _runDirectory;
    private readonly Dictionary<string, long> _offsets = new(StringComparer.Ordinal);

    public TraceFollower(string runDirectory) => _runDirectory = runDirectory;

    public long MalformedLines { get; private set; }

    /// <summary>
    /// Hands every complete record appended since the last call to <paramref name="onRecord"/>,
    /// in part order, reading in chunks so a large backlog needs no more memory than one line.
    /// </summary>
    public void ReadNew(Action<TraceRecord> onRecord)
    {
        foreach (var part in TraceFiles.Enumerate(_runDirectory))
        {
            _offsets.TryGetValue(part, out var offset);
            using var stream = new FileStream(part, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            var length = stream.Length;
            if (length <= offset)
            {
                continue;
            }

            stream.Position = offset;
            var buffer = new byte[ChunkBytes];
            var filled = 0;
            var consumed = offset;
            while (consumed + filled < length)
            {
                if (filled == buffer.Length)
                {
                    Array.Resize(ref buffer, buffer.Length * 2);
                }

                var read = stream.Read(buffer, filled, (int)Math.Min(buffer.Length - filled, length - consumed - filled));
                if (read <= 0)
                {
                    break;
                }

                filled += read;
                var start = 0;
                int newline;
                while ((newline = Array.IndexOf(buffer, (byte)'\n', start, filled - start)) >= 0)
                {
                    Parse(buffer, start, newline - start, onRecord);
                    start = newline + 1;
                }

                // Keep the unfinished line at the front for the next chunk.
                Buffer.BlockCopy(buffer, start, buffer, 0, filled - start);
                consumed += start;
                filled -= start;
            }

            _offsets[part] = consumed;
        }
    }

    private void Parse(byte[] buffer, int start, int length, Action<TraceRecord> onRecord)
    {
        if (length == 0)
        {
            return;
        }

        if (TraceLineParser.TryParse(new ReadOnlySpan<byte>(buffer, start, length), out var record))
        {
            onRecord(record);
        }
        else
        {
            MalformedLines++;
        }
    }
}
