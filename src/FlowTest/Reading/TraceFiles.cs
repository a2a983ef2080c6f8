using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace FlowTest.Reading;

/// <summary>
/// Names of a run's trace files. The writer appends to <c>trace.jsonl</c> first and, when
/// <c>max_trace_bytes</c> is reached, goes on in <c>trace.1.jsonl</c>, <c>trace.2.jsonl</c>, …;
/// earlier parts are never renamed, so part order is reading order.
/// </summary>
internal static class TraceFiles
{
    /// <summary>The first (and usually only) part of a run's trace.</summary>
    public const string MainFileName = "trace.jsonl";

    private const string Prefix = "trace.";
    private const string Extension = ".jsonl";

    /// <summary>The file name of part <paramref name="part"/>: 0 is <c>trace.jsonl</c>, n is <c>trace.n.jsonl</c>.</summary>
    public static string PartFileName(int part)
    {
        if (part < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(part), part, "trace parts are numbered from 0");
        }

        return part == 0 ? MainFileName : Prefix + part.ToString(CultureInfo.InvariantCulture) + Extension;
    }

    /// <summary>Reads the part number back from a file name; <see langword="false"/> for other files.</summary>
    public static bool TryParsePart(string fileName, out int part)
    {
        part = 0;
        if (string.Equals(fileName, MainFileName, StringComparison.Ordinal))
        {
            return true;
        }

        if (!fileName.StartsWith(Prefix, StringComparison.Ordinal) || !fileName.EndsWith(Extension, StringComparison.Ordinal))
        {
            return false;
        }

        var digits = fileName.Substring(Prefix.Length, fileName.Length - Prefix.Length - Extension.Length);

        // Only canonical spellings: "trace.01.jsonl" or "trace.+1.jsonl" are someone else's files.
        return digits.Length > 0 && digits[0] != '0' && AllDigits(digits)
            && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out part);
    }

    /// <summary>
    /// The existing trace parts of <paramref name="runDirectory"/> in reading order. Numbered parts
    /// are sorted by number, so a missing part (deleted by hand) does not hide the later ones.
    /// </summary>
    public static IReadOnlyList<string> Enumerate(string runDirectory)
    {
        if (!Directory.Exists(runDirectory))
        {
            return Array.Empty<string>();
        }

        // Plain lists and an insertion sort (a run has a handful of parts): LINQ over (number, path)
        // pairs would be generic code over a value type, compiled at run time in every last test host.
        var numbers = new List<int>();
        var paths = new List<string>();
        foreach (var path in Directory.EnumerateFiles(runDirectory, "trace*" + Extension))
        {
            if (TryParsePart(Path.GetFileName(path), out var part))
            {
                var at = numbers.Count;
                while (at > 0 && numbers[at - 1] > part)
                {
                    at--;
                }

                numbers.Insert(at, part);
                paths.Insert(at, path);
            }
        }

        return paths;
    }

    private static bool AllDigits(string text)
    {
        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}
