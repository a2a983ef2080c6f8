using System;
using System.Globalization;

namespace FlowTest.Adapters;

/// <summary>
/// Finds the test's own <c>file:line</c> in a failure's stack trace: the first frame with a source
/// location that is not inside a test or assertion framework.
/// </summary>
internal static class TestCodeLocation
{
    private static readonly string[] FrameworkPrefixes =
    {
        "Xunit.", "NUnit.", "System.", "Microsoft.", "FluentAssertions.", "Shouldly.",
    };

    public static bool TryFind(string? stackTrace, out string file, out int line)
    {
        file = "";
        line = 0;
        if (string.IsNullOrEmpty(stackTrace))
        {
            return false;
        }

        foreach (var raw in stackTrace!.Split('\n'))
        {
            var frame = raw.Trim();
            if (!frame.StartsWith("at ", StringComparison.Ordinal) || IsFrameworkFrame(frame.Substring(3)))
            {
                continue;
            }

            if (TryParseLocation(frame, out file, out line))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reads <c>in &lt;file&gt;:line &lt;n&gt;</c> from one frame.</summary>
    public static bool TryParseLocation(string frame, out string file, out int line)
    {
        file = "";
        line = 0;
        var lineMarker = frame.LastIndexOf(":line ", StringComparison.Ordinal);
        var inMarker = lineMarker < 0 ? -1 : frame.LastIndexOf(" in ", lineMarker, StringComparison.Ordinal);
        if (inMarker < 0)
        {
            return false;
        }

        var number = frame.Substring(lineMarker + 6).Trim();
        if (!int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out line))
        {
            return false;
        }

        file = frame.Substring(inMarker + 4, lineMarker - inMarker - 4);
        return file.Length > 0;
    }

    private static bool IsFrameworkFrame(string member)
    {
        foreach (var prefix in FrameworkPrefixes)
        {
            if (member.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
