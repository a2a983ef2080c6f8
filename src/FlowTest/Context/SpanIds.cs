using System;
using System.Threading;

namespace FlowTest.Context;

/// <summary>
/// W3C span and trace ids. Span ids come from a per-thread xorshift generator seeded from a
/// <see cref="Guid"/>, so creating one costs a few nanoseconds and never allocates.
/// </summary>
internal static class SpanIds
{
    [ThreadStatic]
    private static ulong t_state0;

    [ThreadStatic]
    private static ulong t_state1;

    /// <summary>A random, non-zero 64-bit span id.</summary>
    public static ulong NewSpanId()
    {
        if (t_state0 == 0 && t_state1 == 0)
        {
            Seed();
        }

        // xorshift128+: fast, good enough for ids that only need to be unique within a trace.
        var s1 = t_state0;
        var s0 = t_state1;
        t_state0 = s0;
        s1 ^= s1 << 23;
        t_state1 = s1 ^ s0 ^ (s1 >> 17) ^ (s0 >> 26);
        var id = t_state1 + s0;
        return id == 0 ? 1 : id;
    }

    /// <summary>A random 128-bit trace id as 32 lower-case hex characters.</summary>
    public static string NewTraceId() => Guid.NewGuid().ToString("N");

    /// <summary>Formats a span id as 16 lower-case hex characters.</summary>
    public static string Format(ulong spanId) => spanId.ToString("x16", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Writes a span id as 16 lower-case hex UTF-8 bytes.</summary>
    public static void FormatUtf8(ulong spanId, Span<byte> destination)
    {
        for (var i = 15; i >= 0; i--)
        {
            var nibble = (int)(spanId & 0xF);
            destination[i] = (byte)(nibble < 10 ? '0' + nibble : 'a' + nibble - 10);
            spanId >>= 4;
        }
    }

    /// <summary>Parses 16 hex characters; <see langword="false"/> for anything else or all zeros.</summary>
    public static bool TryParse(string? text, out ulong spanId)
    {
        spanId = 0;
        if (text is null || text.Length != 16)
        {
            return false;
        }

        foreach (var c in text)
        {
            int nibble;
            if (c >= '0' && c <= '9')
            {
                nibble = c - '0';
            }
            else if (c >= 'a' && c <= 'f')
            {
                nibble = c - 'a' + 10;
            }
            else if (c >= 'A' && c <= 'F')
            {
                nibble = c - 'A' + 10;
            }
            else
            {
                return false;
            }

            spanId = (spanId << 4) | (uint)nibble;
        }

        return spanId != 0;
    }

    private static void Seed()
    {
        var bytes = Guid.NewGuid().ToByteArray();
        t_state0 = BitConverter.ToUInt64(bytes, 0) | 1;
        t_state1 = BitConverter.ToUInt64(bytes, 8) ^ (ulong)Environment.CurrentManagedThreadId ^ (ulong)Interlocked.Increment(ref s_seedCounter);
    }

    private static long s_seedCounter;
}
