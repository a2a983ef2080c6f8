using System;
using System.Globalization;

namespace FlowTest.Artifacts.Rendering;

/// <summary>Durations, times, counts and ratios as the artifacts show them: invariant culture, stable, short.</summary>
internal static class DisplayFormat
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary><c>0.42 ms</c>, <c>12.3 ms</c>, <c>1.52 s</c>, <c>2 min 05 s</c>.</summary>
    public static string Duration(double milliseconds)
    {
        if (milliseconds < 10)
        {
            return milliseconds.ToString("0.##", Invariant) + " ms";
        }

        if (milliseconds < 1000)
        {
            return milliseconds.ToString("0.#", Invariant) + " ms";
        }

        if (milliseconds < 60_000)
        {
            return (milliseconds / 1000).ToString("0.##", Invariant) + " s";
        }

        var total = TimeSpan.FromMilliseconds(milliseconds);
        return ((long)total.TotalMinutes).ToString(Invariant) + " min " + total.Seconds.ToString("00", Invariant) + " s";
    }

    /// <summary><c>2026-11-22 10:00:00.123 UTC</c>.</summary>
    public static string Timestamp(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss.fff", Invariant) + " UTC";

    /// <summary>The time of day of a trace timestamp (<c>10:00:01.500</c>); the text itself when it does not parse.</summary>
    public static string Clock(string? timestamp)
    {
        if (timestamp is null)
        {
            return "";
        }

        return DateTimeOffset.TryParse(timestamp, Invariant, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at)
            ? at.UtcDateTime.ToString("HH:mm:ss.fff", Invariant)
            : timestamp;
    }

    public static string Count(long count) => count.ToString(Invariant);

    /// <summary>A plain number with up to three decimals (<c>12.5</c>, <c>300</c>).</summary>
    public static string Number(double value) => value.ToString("0.###", Invariant);

    /// <summary><c>67%</c>; whole percent, except that a ratio below 100% never rounds up to it.</summary>
    public static string Percent(double ratio)
    {
        var percent = Math.Round(ratio * 100, MidpointRounding.AwayFromZero);
        if (percent >= 100 && ratio < 1)
        {
            percent = 99;
        }

        return percent.ToString("0", Invariant) + "%";
    }
}
