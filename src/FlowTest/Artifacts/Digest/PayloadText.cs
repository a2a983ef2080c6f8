namespace FlowTest.Artifacts.Digest;

/// <summary>Caps raw payload text so that no artifact repeats a large payload.</summary>
internal static class PayloadText
{
    /// <summary>The visible marker of SPEC §6, appended where text was cut.</summary>
    public const string TruncationMarker = "… (truncated)";

    /// <summary><paramref name="json"/> itself when short enough, else its start plus <see cref="TruncationMarker"/>.</summary>
    public static string? Cap(string? json, int maxChars)
    {
        if (json is null || json.Length <= maxChars)
        {
            return json;
        }

        var cut = maxChars;

        // Never split a surrogate pair: half a character is invalid UTF-16 and unprintable.
        if (cut > 0 && char.IsHighSurrogate(json[cut - 1]))
        {
            cut--;
        }

        return json.Substring(0, cut) + TruncationMarker;
    }

    /// <summary>Whether <see cref="Cap"/> cut <paramref name="text"/> (so it is no longer valid JSON).</summary>
    public static bool IsCapped(string text) => text.EndsWith(TruncationMarker, System.StringComparison.Ordinal);
}
