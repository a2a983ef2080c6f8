namespace FlowTest.Privacy;

/// <summary>
/// Upper estimates of how many bytes a string takes once JSON-escaped and UTF-8 encoded, so a
/// string can be cut to fit the payload budget before it is written.
/// </summary>
internal static class JsonSizeEstimate
{
    /// <summary>Estimated bytes of <paramref name="value"/> as a JSON string body (quotes excluded).</summary>
    public static long Bytes(string value, bool relaxedEscaping)
    {
        long total = 0;
        foreach (var c in value)
        {
            total += CharCost(c, relaxedEscaping);
        }

        return total;
    }

    /// <summary>How many leading characters of <paramref name="value"/> fit in <paramref name="budget"/> bytes.</summary>
    public static int FitChars(string value, long budget, bool relaxedEscaping)
    {
        long total = 0;
        for (var i = 0; i < value.Length; i++)
        {
            total += CharCost(value[i], relaxedEscaping);
            if (total > budget)
            {
                return Utf16Text.SafeCut(value, i);
            }
        }

        return value.Length;
    }

    // The default encoder escapes non-ASCII and HTML-sensitive characters as \uXXXX (6 bytes).
    private static int CharCost(char c, bool relaxedEscaping) => c switch
    {
        '"' or '\\' or '\n' or '\r' or '\t' or '\b' or '\f' => 2,
        < ' ' => 6,
        '<' or '>' or '&' or '\'' or '+' or '`' => relaxedEscaping ? 1 : 6,
        < (char)0x7F => 1,
        _ when !relaxedEscaping => 6,
        < (char)0x800 => 2,
        _ => 3,
    };
}
