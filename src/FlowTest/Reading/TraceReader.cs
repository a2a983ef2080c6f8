using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace FlowTest.Reading;

/// <summary>
/// Streams the records of a run's trace with constant memory: one pooled buffer that grows to
/// at most <see cref="MaxLineBytes"/>, lines split on <c>\n</c>. Bad lines are counted in
/// <see cref="Stats"/> and skipped; reading never fails because of the content of a trace.
/// </summary>
/// <remarks>Not thread-safe; enumerate one sequence at a time.</remarks>
internal sealed class TraceReader
{
    /// <summary>Lines longer than this are skipped by default (payloads are capped far below it).</summary>
    public const int DefaultMaxLineBytes = 1024 * 1024;

    private const int InitialBufferBytes = 64 * 1024;

    public TraceReader(int maxLineBytes = DefaultMaxLineBytes)
    {
        if (maxLineBytes < 16)
        {
            throw new ArgumentOutOfRangeException(nameof(maxLineBytes), maxLineBytes, "a trace line needs at least 16 bytes");
        }

        MaxLineBytes = maxLineBytes;
    }

    public int MaxLineBytes { get; }

    /// <summary>Counts over everything this reader has read so far.</summary>
    public TraceReadStats Stats { get; } = new();

    /// <summary>Every part of the run's trace, in order (see <see cref="TraceFiles.Enumerate"/>).</summary>
    public IEnumerable<TraceRecord> ReadRun(string runDirectory)
    {
        foreach (var path in TraceFiles.Enumerate(runDirectory))
        {
            foreach (var record in ReadFile(path))
            {
                yield return record;
            }
        }
    }

    /// <summary>One trace file; opened so that a writer may keep appending meanwhile.</summary>
    public IEnumerable<TraceRecord> ReadFile(string path)
    {
        using var stream = new FileStream(
            path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1, FileOptions.SequentialScan);
        foreach (var record in Read(stream, Path.GetFileName(path)))
        {
            yield return record;
        }
    }

    /// <summary>Records from <paramref name="stream"/>; <paramref name="name"/> labels problems in <see cref="Stats"/>.</summary>
    public IEnumerable<TraceRecord> Read(Stream stream, string name = "trace")
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Min(InitialBufferBytes, MaxLineBytes + 1));
        try
        {
            var start = 0;          // first byte of the current line
            var end = 0;            // end of valid data
            var scanned = 0;        // bytes before this were searched for '\n' already
            var discarding = false; // inside an oversized line: drop bytes until its '\n'
            var lineNumber = 0L;
            while (true)
            {
                var newline = IndexOfNewline(buffer, scanned, end);
                if (newline >= 0)
                {
                    lineNumber++;
                    if (discarding)
                    {
                        discarding = false;
                    }
                    else if (ParseLine(buffer, start, newline - start, name, lineNumber) is { } record)
                    {
                        yield return record;
                    }

                    start = scanned = newline + 1;
                    continue;
                }

                if (discarding)
                {
                    start = end = scanned = 0;
                }
                else if (end - start > MaxLineBytes)
                {
                    Stats.CountOversized(Where(name, lineNumber + 1), MaxLineBytes);
                    discarding = true;
                    start = end = scanned = 0;
                }
                else
                {
                    buffer = MakeRoom(buffer, ref start, ref end);
                    scanned = end;
                }

                var read = stream.Read(buffer, end, buffer.Length - end);
                if (read <= 0)
                {
                    if (!discarding && !IsBlank(buffer, start, end - start))
                    {
                        Stats.CountPartialTail(Where(name, lineNumber + 1));
                    }

                    yield break;
                }

                Stats.CountBytes(read);
                end += read;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static string Where(string name, long lineNumber) => name + ":" + lineNumber.ToString(CultureInfo.InvariantCulture);

    private static int IndexOfNewline(byte[] buffer, int from, int to)
    {
        // The span search is vectorised (also in System.Memory on netstandard2.0).
        var found = new ReadOnlySpan<byte>(buffer, from, to - from).IndexOf((byte)'\n');
        return found < 0 ? -1 : from + found;
    }

    private static bool IsBlank(byte[] buffer, int start, int length)
    {
        for (var i = start; i < start + length; i++)
        {
            if (buffer[i] is not ((byte)' ' or (byte)'\t' or (byte)'\r'))
            {
                return false;
            }
        }

        return true;
    }

    private TraceRecord? ParseLine(byte[] buffer, int start, int length, string name, long lineNumber)
    {
        if (IsBlank(buffer, start, length))
        {
            return null;
        }

        if (length > MaxLineBytes)
        {
            Stats.CountOversized(Where(name, lineNumber), MaxLineBytes);
            return null;
        }

        if (TraceLineParser.TryParse(new ReadOnlySpan<byte>(buffer, start, length), out var record))
        {
            Stats.CountRecord();
            return record;
        }

        Stats.CountMalformed(Where(name, lineNumber));
        return null;
    }

    /// <summary>Moves the unfinished line to the front and grows the buffer when it is full.</summary>
    private byte[] MakeRoom(byte[] buffer, ref int start, ref int end)
    {
        var pending = end - start;
        if (start > 0)
        {
            Buffer.BlockCopy(buffer, start, buffer, 0, pending);
            start = 0;
            end = pending;
        }

        if (end < buffer.Length)
        {
            return buffer;
        }

        // Room for the longest accepted line plus its '\n'; beyond that the line is oversized anyway.
        var grown = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, MaxLineBytes + 2));
        Buffer.BlockCopy(buffer, 0, grown, 0, pending);
        ArrayPool<byte>.Shared.Return(buffer);
        return grown;
    }
}
