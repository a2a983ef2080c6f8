using System;
using System.Text;

namespace FlowTest.Artifacts.Rendering;

/// <summary>
/// Puts untrusted text (flow names, reasons, messages, evidence) into markdown without letting it
/// change the document's structure: no stray tables, headings, links or HTML.
/// </summary>
internal static class MarkdownText
{
    private static readonly string[] Backticks = { "", "`", "``", "```", "````" };

    /// <summary>Collapses line breaks and runs of whitespace to single spaces and caps the length.</summary>
    public static string OneLine(string? text, int maxChars = 300)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        if (IsOneLine(text!, maxChars))
        {
            // Most names and reasons already are one line: no copy (summary.md has a row per flow name).
            return text!;
        }

        var builder = new StringBuilder(Math.Min(text!.Length, maxChars + 1));
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
            if (builder.Length > maxChars)
            {
                return Cut(builder.ToString(), maxChars);
            }
        }

        return builder.ToString();
    }

    /// <summary>Prose: one line, with the characters that would start markup escaped.</summary>
    public static string Text(string? text, int maxChars = 300)
    {
        var line = OneLine(text, maxChars);
        var builder = new StringBuilder(line.Length + 8);
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            var escape = c switch
            {
                '\\' or '`' or '*' or '[' or ']' or '<' or '>' or '|' or '#' => true,

                // Underscores inside words (order_id) cannot open emphasis; only escape at word edges.
                '_' => i == 0 || i == line.Length - 1 || !char.IsLetterOrDigit(line[i - 1]) || !char.IsLetterOrDigit(line[i + 1]),
                _ => false,
            };
            if (escape)
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    // What OneLine would return unchanged: short enough, no line break, control character, other
    // whitespace or run of spaces, no space at either end.
    private static bool IsOneLine(string text, int maxChars)
    {
        if (text.Length > maxChars || text[0] == ' ' || text[text.Length - 1] == ' ')
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == ' ' ? text[i - 1] == ' ' : char.IsWhiteSpace(c) || char.IsControl(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>An inline code span that survives backticks in the text.</summary>
    public static string Code(string? text, int maxChars = 300)
    {
        var line = OneLine(text, maxChars);
        if (line.Length == 0)
        {
            return "";
        }

        var run = LongestRun(line, '`') + 1;
        var ticks = run < Backticks.Length ? Backticks[run] : new string('`', run);
        return line[0] == '`' || line[line.Length - 1] == '`' || run > 1
            ? ticks + " " + line + " " + ticks
            : ticks + line + ticks;
    }

    /// <summary>A code span for a table cell: GitHub splits cells on <c>|</c> even inside code.</summary>
    public static string CellCode(string? text, int maxChars = 300) => Code(text, maxChars).Replace("|", "\\|");

    /// <summary>A fenced block whose fence is longer than any backtick run in <paramref name="content"/>.</summary>
    public static string Fence(string content, string language)
    {
        var fence = new string('`', Math.Max(3, LongestRun(content, '`') + 1));
        var body = content.Replace("\r\n", "\n").TrimEnd('\n');
        return fence + language + "\n" + body + "\n" + fence + "\n";
    }

    /// <summary>Cuts <paramref name="text"/> to <paramref name="maxChars"/> characters plus an ellipsis, never inside a surrogate pair.</summary>
    public static string Cut(string text, int maxChars)
    {
        if (text.Length <= maxChars)
        {
            return text;
        }

        var cut = Math.Max(0, maxChars);
        if (cut > 0 && char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return text.Substring(0, cut) + "…";
    }

    private static int LongestRun(string text, char c)
    {
        int longest = 0, current = 0;
        foreach (var ch in text)
        {
            current = ch == c ? current + 1 : 0;
            longest = Math.Max(longest, current);
        }

        return longest;
    }
}
