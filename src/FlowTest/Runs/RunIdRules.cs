using System;
using System.Globalization;
using System.Text;

namespace FlowTest.Runs;

/// <summary>
/// Run ids (SPEC §7): <c>FLOWTEST_RUN_ID</c> sanitized to <c>[A-Za-z0-9._-]</c>, else
/// <c>yyyyMMddTHHmmssZ-&lt;6 hex&gt;</c>. A run id is always one safe path segment.
/// </summary>
internal static class RunIdRules
{
    public const int MaxLength = 100;

    /// <summary>A fresh run id for a run starting at <paramref name="utcNow"/>.</summary>
    public static string Generate(DateTime utcNow, Random random)
    {
        var suffix = random.Next(0, 0x1000000).ToString("x6", CultureInfo.InvariantCulture);
        return utcNow.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture) + "-" + suffix;
    }

    /// <summary>
    /// The run id every test host of one <c>dotnet test</c> command derives on its own: the command's
    /// start time (UTC, seconds) and 6 hex of a hash of host, pid and exact start time. Two commands
    /// never share it unless one host ran both with the same pid at the same instant.
    /// </summary>
    public static string ForCommand(string host, int pid, DateTime startUtc)
    {
        // FNV-1a: stable across processes and runtimes, unlike string.GetHashCode.
        var key = host + "/" + pid.ToString(CultureInfo.InvariantCulture) + "/" + startUtc.Ticks.ToString(CultureInfo.InvariantCulture);
        var hash = 2166136261u;
        foreach (var c in key)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        var suffix = (hash & 0xFFFFFF).ToString("x6", CultureInfo.InvariantCulture);
        return startUtc.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture) + "-" + suffix;
    }

    /// <summary>
    /// Makes a user-supplied run id safe: characters outside <c>[A-Za-z0-9._-]</c> become <c>-</c>,
    /// leading and trailing dots and dashes go (no <c>.</c>, <c>..</c> or hidden directories), and it
    /// is cut to <see cref="MaxLength"/>. Returns <see langword="null"/> when nothing usable is left.
    /// </summary>
    public static string? Sanitize(string? raw)
    {
        if (raw is null)
        {
            return null;
        }

        var builder = new StringBuilder(Math.Min(raw.Length, MaxLength * 2));
        foreach (var c in raw)
        {
            builder.Append(IsAllowed(c) ? c : '-');
        }

        var cleaned = builder.ToString().Trim('.', '-');
        if (cleaned.Length > MaxLength)
        {
            cleaned = cleaned.Substring(0, MaxLength).TrimEnd('.', '-');
        }

        return cleaned.Length == 0 ? null : cleaned;
    }

    /// <summary>Whether <paramref name="runId"/> is already in the safe form.</summary>
    public static bool IsValid(string? runId) => runId is not null && string.Equals(Sanitize(runId), runId, StringComparison.Ordinal);

    private static bool IsAllowed(char c) =>
        (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
}
