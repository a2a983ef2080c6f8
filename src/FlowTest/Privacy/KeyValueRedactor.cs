using System;
using System.Text;
using System.Text.RegularExpressions;

namespace FlowTest.Privacy;

/// <summary>
/// Free-text pairs whose key is sensitive lose their value: <c>key=value</c>, <c>key: value</c>,
/// <c>"key": "value"</c> (also JSON escaped inside a string, <c>\"key\":\"value\"</c>).
/// </summary>
/// <remarks>
/// A hand-written scan rather than one big regex: a pair with a harmless key must not swallow
/// the text after it, and where a value ends depends on its context (quotes, brackets, a header
/// line, a connection string). When unsure the value runs further: hiding a few harmless words
/// is better than leaking the tail of a password.
/// </remarks>
internal static class KeyValueRedactor
{
    // A key after a quote (may hold spaces), or a bare identifier-like key; then ':' or '=' that
    // is not part of '==', '=>', '=~', '::' or '://'.
    private static readonly Regex KeyAndSeparator = new(
        @"(?:(?<=[""'])(?<key>[^""'\\\r\n:=]{1,128})\\?[""']|(?<![A-Za-z0-9_.\-])(?<key>[A-Za-z_@$][A-Za-z0-9_.\-]{0,127})(?:\\?[""'])?)[ \t]*(?<sep>=(?![=>~])|:(?![:/]))[ \t]*",
        RegexOptions.Compiled | RegexOptions.CultureInvariant,
        SecretShapes.MatchTimeout);

    // Connection-string keywords that hold a secret whatever redact_keys says (SPEC §6 value shapes).
    private static readonly string[] ConnectionStringSecrets = { "password", "pwd", "accountkey", "sharedaccesskey", "sig" };

    // "Authorization: Bearer abc" style values: the scheme and the credential after it are one value.
    private static readonly string[] AuthSchemes = { "bearer", "basic", "digest", "negotiate", "ntlm", "token", "apikey", "ssws" };

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
            var match = KeyAndSeparator.Match(text, position);
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

            FindValue(text, match.Index, valueStart, separator, out var start, out var end);
            if (end <= start || IsNotASecret(text.Substring(start, end - start)))
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

    /// <summary>Where the value after a separator starts and ends (end exclusive).</summary>
    private static void FindValue(string text, int keyIndex, int valueStart, char separator, out int start, out int end)
    {
        start = valueStart;
        end = valueStart;
        if (valueStart >= text.Length)
        {
            return;
        }

        var lineEnd = LineEnd(text, valueStart);
        var first = text[valueStart];
        if (first == '\\' && valueStart + 1 < text.Length && text[valueStart + 1] == '"')
        {
            start = valueStart + 2;
            var close = text.IndexOf("\\\"", start, StringComparison.Ordinal);
            end = close < 0 ? lineEnd : close;
        }
        else if (first is '"' or '\'')
        {
            start = valueStart + 1;
            var close = ClosingQuote(text, start, first);
            end = close < 0 ? LineEnd(text, start) : close;
        }
        else if (first is '{' or '[')
        {
            end = MatchingBracket(text, valueStart);
        }
        else if (separator == ':' && KeyStartsLine(text, keyIndex))
        {
            end = TrimEnd(text, valueStart, lineEnd);
        }
        else if (separator == '=' && InConnectionString(text, keyIndex, valueStart, lineEnd))
        {
            var semicolon = text.IndexOf(';', valueStart, lineEnd - valueStart);
            end = TrimEnd(text, valueStart, semicolon < 0 ? lineEnd : semicolon);
        }
        else
        {
            end = TokenEnd(text, valueStart, lineEnd);
        }
    }

    private static int TokenEnd(string text, int start, int lineEnd)
    {
        var end = ScanToken(text, start, lineEnd);

        // Punctuation closing the sentence or record ("{ Password = x, Name = y }") is not the value.
        while (end > start && text[end - 1] is ',' or '.' or ')' or ']' or '}')
        {
            end--;
        }

        if (end > start && IsAuthScheme(text, start, end))
        {
            var next = end;
            while (next < lineEnd && text[next] is ' ' or '\t')
            {
                next++;
            }

            var credentialEnd = ScanToken(text, next, lineEnd);
            if (credentialEnd > next)
            {
                end = credentialEnd;
            }
        }

        return end;
    }

    private static int ScanToken(string text, int start, int lineEnd)
    {
        var end = start;
        while (end < lineEnd && !IsTokenTerminator(text[end]))
        {
            end++;
        }

        return end;
    }

    private static bool IsTokenTerminator(char c) =>
        char.IsWhiteSpace(c) || c is ';' or '&' or '"' or '\'' or '<' or '>' or '\\';

    private static bool IsAuthScheme(string text, int start, int end)
    {
        foreach (var scheme in AuthSchemes)
        {
            if (scheme.Length == end - start && string.Compare(text, start, scheme, 0, scheme.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return true;
            }
        }

        return false;
    }

    // Literals and values an earlier pass already masked are left alone, so redaction is idempotent.
    private static bool IsNotASecret(string value)
    {
        if (value is "null" or "true" or "false" || EvidenceMarkers.IsMask(value))
        {
            return true;
        }

        var space = value.LastIndexOf(' ');
        return space > 0 && EvidenceMarkers.IsMask(value.Substring(space + 1)) && IsAuthScheme(value, 0, value.IndexOf(' '));
    }

    // A header or YAML line ("Authorization: Basic abc"): the value is the rest of the line.
    private static bool KeyStartsLine(string text, int keyIndex)
    {
        var i = keyIndex - 1;
        while (i >= 0 && text[i] is ' ' or '\t' or '"' or '\'' or '\\' or '-')
        {
            i--;
        }

        return i < 0 || text[i] is '\n' or '\r';
    }

    // "Server=x;Password=a b c;" — values may hold spaces and run to the next ';'.
    private static bool InConnectionString(string text, int keyIndex, int valueStart, int lineEnd)
    {
        if (text.IndexOf(';', valueStart, lineEnd - valueStart) >= 0)
        {
            return true;
        }

        var i = keyIndex - 1;
        while (i >= 0 && text[i] is ' ' or '\t')
        {
            i--;
        }

        return i >= 0 && text[i] == ';';
    }

    private static int LineEnd(string text, int start)
    {
        var end = text.IndexOfAny(new[] { '\r', '\n' }, start);
        return end < 0 ? text.Length : end;
    }

    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }

    private static int ClosingQuote(string text, int start, char quote)
    {
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\' && quote == '"')
            {
                i++;
            }
            else if (c == quote)
            {
                return i;
            }
            else if (c is '\r' or '\n')
            {
                return -1;
            }
        }

        return -1;
    }

    // A nested object or array under a sensitive key goes whole; unbalanced (cut) text to the end.
    private static int MatchingBracket(string text, int start)
    {
        var depth = 0;
        for (var i = start; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '"':
                    var close = ClosingQuote(text, i + 1, '"');
                    if (close < 0)
                    {
                        return text.Length;
                    }

                    i = close;
                    break;
                case '{' or '[':
                    depth++;
                    break;
                case '}' or ']':
                    depth--;
                    if (depth == 0)
                    {
                        return i + 1;
                    }

                    break;
            }
        }

        return text.Length;
    }
}
