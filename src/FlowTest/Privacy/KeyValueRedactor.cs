using System;
using System.Text;

namespace FlowTest.Privacy;

/// <summary>
/// Free-text pairs whose key is sensitive lose their value: <c>key=value</c>, <c>key: value</c>,
/// <c>"key": "value"</c> (also JSON escaped inside a string, <c>\"key\":\"value\"</c>).
/// </summary>
/// <remarks>
/// A hand-written scan rather than one big regex: a pair with a harmless key must not swallow
/// the text after it, so the scan goes on inside its value. Where a sensitive value ends is
/// <see cref="PairValueBounds"/>' decision.
/// </remarks>
internal static class KeyValueRedactor
{
    // Connection-string keywords that hold a secret whatever redact_keys says (SPEC §6 value shapes).
    private static readonly string[] ConnectionStringSecrets = { "password", "pwd", "accountkey", "sharedaccesskey", "sig" };

    /// <summary>Masks the values of sensitive pairs; sets <paramref name="changed"/> when one was masked.</summary>
    public static string Redact(string text, PrivacyPolicy policy, ref bool changed)
    {
        if (text.IndexOf('=') < 0 && text.IndexOf(':') < 0)
        {
            return text;
        }

        StringBuilder? builder = null;
        var copied = 0;
        var position = 0;
        while (position < text.Length)
        {
            var match = PrivacyPatterns.KeyAndSeparator().Match(text, position);
            if (!match.Success)
            {
                break;
            }

            var separator = match.Groups["sep"].Value[0];
            var valueStart = match.Index + match.Length;
            if (!IsSecretKey(match.Groups["key"].Value, separator, policy))
            {
                // Keep scanning inside the value: "note: password=x" still has a secret.
                position = valueStart;
                continue;
            }

            PairValueBounds.Find(text, match.Index, valueStart, separator, out var start, out var end);
            if (end <= start || PairValueBounds.IsNotASecret(text.Substring(start, end - start)))
            {
                position = Math.Max(valueStart, end);
                continue;
            }

            builder ??= new StringBuilder(text.Length);
            builder.Append(text, copied, start - copied).Append(policy.Mask(text.Substring(start, end - start)));
            copied = end;
            position = end;
        }

        if (builder is null)
        {
            return text;
        }

        changed = true;
        return builder.Append(text, copied, text.Length - copied).ToString();
    }

    private static bool IsSecretKey(string key, char separator, PrivacyPolicy policy)
    {
        if (policy.IsSensitiveKey(key))
        {
            return true;
        }

        return separator == '=' && Array.IndexOf(ConnectionStringSecrets, PrivacyPolicy.NormalizeKey(key)) >= 0;
    }
}
