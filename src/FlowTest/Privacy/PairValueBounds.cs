using System;

namespace FlowTest.Privacy;

/// <summary>
/// Where the value of a sensitive <c>key=value</c> / <c>key: value</c> pair in free text ends:
/// quoted values at their closing quote, nested JSON at its closing bracket, header and YAML
/// lines at the end of the line, connection-string values at the next <c>;</c>, anything else at
/// whitespace. When unsure the value runs further: hiding a few harmless words is better than
/// leaking the tail of a password.
/// </summary>
internal static class PairValueBounds
{
    private static readonly char[] LineBreaks = { '\r', '\n' };

    // "Authorization: Bearer abc" style values: the scheme and the credential after it are one value.
    private static readonly string[] AuthSchemes = { "bearer", "basic", "digest", "negotiate", "ntlm", "token", "apikey", "ssws" };

    /// <summary>Where the value after a separator starts and ends (end exclusive).</summary>
    public static void Find(string text, int keyIndex, int valueStart, char separator, out int start, out int end)
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

    /// <summary>Literals and values an earlier pass already masked: left alone, so redaction is idempotent.</summary>
    public static bool IsNotASecret(string value)
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
        var end = text.IndexOfAny(LineBreaks, start);
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
