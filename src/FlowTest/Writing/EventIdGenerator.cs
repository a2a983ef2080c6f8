using System;
using System.Security.Cryptography;

namespace FlowTest.Writing;

/// <summary>
/// Monotonic ULIDs (48-bit Unix milliseconds + 80 random bits, Crockford base32): sortable by
/// time, unique across processes. Used by one writer thread only, so it keeps plain state.
/// </summary>
internal sealed class EventIdGenerator
{
    public const int Length = 26;

    private const long UnixEpochTicks = 621355968000000000L;

    private static readonly byte[] Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"u8.ToArray();
    private readonly byte[] _random = new byte[10];
    private long _lastMilliseconds = -1;

    public EventIdGenerator()
    {
        using var rng = RandomNumberGenerator.Create();
        rng.GetBytes(_random);
    }

    /// <summary>Writes the next id for an event at <paramref name="utcTicks"/> as 26 ASCII bytes.</summary>
    public void Next(long utcTicks, Span<byte> destination)
    {
        var milliseconds = (utcTicks - UnixEpochTicks) / TimeSpan.TicksPerMillisecond;
        if (milliseconds <= _lastMilliseconds)
        {
            // Same (or an earlier, clock-adjusted) millisecond: keep order by counting up.
            milliseconds = _lastMilliseconds;
            Increment();
        }
        else
        {
            _lastMilliseconds = milliseconds;
            RefreshRandomPart();
        }

        Encode(milliseconds, destination);
    }

    private void RefreshRandomPart()
    {
        // Cheap re-randomisation from the previous state: a new millisecond needs fresh low bits,
        // cryptographic strength is not needed for ids.
        var mix = (ulong)Environment.TickCount ^ (ulong)_lastMilliseconds * 0x9E3779B97F4A7C15UL;
        for (var i = 0; i < _random.Length; i++)
        {
            mix ^= mix << 13;
            mix ^= mix >> 7;
            mix ^= mix << 17;
            _random[i] ^= (byte)mix;
        }

        // Leave headroom so increments within one millisecond do not overflow.
        _random[0] &= 0x7F;
    }

    private void Increment()
    {
        for (var i = _random.Length - 1; i >= 0; i--)
        {
            if (++_random[i] != 0)
            {
                return;
            }
        }
    }

    private void Encode(long milliseconds, Span<byte> destination)
    {
        // 10 characters of time (50 bits, top 2 always zero).
        for (var i = 9; i >= 0; i--)
        {
            destination[i] = Alphabet[(int)(milliseconds & 31)];
            milliseconds >>= 5;
        }

        // 16 characters of randomness: 80 bits taken 5 at a time.
        var bitBuffer = 0;
        var bitCount = 0;
        var position = 10;
        foreach (var b in _random)
        {
            bitBuffer = (bitBuffer << 8) | b;
            bitCount += 8;
            while (bitCount >= 5)
            {
                bitCount -= 5;
                destination[position++] = Alphabet[(bitBuffer >> bitCount) & 31];
            }
        }
    }
}
