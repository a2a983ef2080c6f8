using System;

namespace FlowTest.Writing;

/// <summary>Formats UTC ticks as <c>yyyy-MM-ddTHH:mm:ss.ffffffZ</c> straight into UTF-8.</summary>
internal static class TimestampFormatter
{
    public const int Length = 27;

    public static void Format(long utcTicks, Span<byte> destination)
    {
        var time = new DateTime(utcTicks, DateTimeKind.Utc);
        WriteDigits(destination, 0, time.Year, 4);
        destination[4] = (byte)'-';
        WriteDigits(destination, 5, time.Month, 2);
        destination[7] = (byte)'-';
        WriteDigits(destination, 8, time.Day, 2);
        destination[10] = (byte)'T';
        WriteDigits(destination, 11, time.Hour, 2);
        destination[13] = (byte)':';
        WriteDigits(destination, 14, time.Minute, 2);
        destination[16] = (byte)':';
        WriteDigits(destination, 17, time.Second, 2);
        destination[19] = (byte)'.';
        WriteDigits(destination, 20, (int)(utcTicks % TimeSpan.TicksPerSecond / 10), 6);
        destination[26] = (byte)'Z';
    }

    public static string Format(long utcTicks)
    {
        Span<byte> buffer = stackalloc byte[Length];
        Format(utcTicks, buffer);
        return System.Text.Encoding.ASCII.GetString(buffer.ToArray());
    }

    private static void WriteDigits(Span<byte> destination, int offset, int value, int digits)
    {
        for (var i = offset + digits - 1; i >= offset; i--)
        {
            destination[i] = (byte)('0' + (value % 10));
            value /= 10;
        }
    }
}
