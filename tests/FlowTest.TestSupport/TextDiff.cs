using System;
using System.Globalization;
using System.Text;

namespace FlowTest.TestSupport;

/// <summary>Describes where two texts first differ, with a few lines of context: enough to fix a snapshot test.</summary>
public static class TextDiff
{
    /// <summary>The first differing line of the two texts, with <paramref name="context"/> lines around it.</summary>
    public static string FirstDifference(string expected, string actual, int context = 2)
    {
        var left = expected.Split('\n');
        var right = actual.Split('\n');
        var line = 0;
        while (line < left.Length && line < right.Length && string.Equals(left[line], right[line], StringComparison.Ordinal))
        {
            line++;
        }

        var text = new StringBuilder();
        text.Append("First difference at line ").Append((line + 1).ToString(CultureInfo.InvariantCulture))
            .Append(" (verified has ").Append(left.Length.ToString(CultureInfo.InvariantCulture))
            .Append(" lines, received ").Append(right.Length.ToString(CultureInfo.InvariantCulture)).Append("):\n");
        for (var i = Math.Max(0, line - context); i < line; i++)
        {
            text.Append("    ").Append(left[i]).Append('\n');
        }

        text.Append("  - ").Append(line < left.Length ? left[line] : "(end of text)").Append('\n');
        text.Append("  + ").Append(line < right.Length ? right[line] : "(end of text)").Append('\n');
        for (var i = line + 1; i < Math.Min(right.Length, line + 1 + context); i++)
        {
            text.Append("    ").Append(right[i]).Append('\n');
        }

        return text.ToString();
    }
}
