using System;
using System.Globalization;
using System.IO;
using System.Text;

namespace FlowTest.Ci;

/// <summary>
/// Puts a run's summary into GitHub's step summary file. A run is finalized again when a later test
/// project of the same <c>dotnet test</c> joins it after the first finished: its newer, complete
/// summary then replaces the one FlowTest appended before — if that is still the end of the file —
/// instead of showing two. Where our last append sits is kept in the run directory.
/// </summary>
internal static class StepSummaryFile
{
    /// <summary>Run-directory file: step summary path, offset and length of the last append.</summary>
    public const string RecordFileName = ".ci-step-summary";

    public static void Publish(string stepSummaryPath, string runDirectory, string text)
    {
        var bytes = new UTF8Encoding(false).GetBytes(text.EndsWith("\n", StringComparison.Ordinal) ? text : text + "\n");
        var recordPath = Path.Combine(runDirectory, RecordFileName);
        var previous = File.Exists(recordPath) ? File.ReadAllText(recordPath) : null;
        long start;
        using (var stream = new FileStream(stepSummaryPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read))
        {
            start = ReplaceableStart(previous, stepSummaryPath, stream.Length) ?? stream.Length;
            stream.SetLength(start);
            stream.Seek(start, SeekOrigin.Begin);
            stream.Write(bytes, 0, bytes.Length);
        }

        File.WriteAllText(recordPath, Record(stepSummaryPath, start, bytes.Length));
    }

    public static string Record(string stepSummaryPath, long start, long length) =>
        stepSummaryPath + "\n" + start.ToString(CultureInfo.InvariantCulture) + "\n" + length.ToString(CultureInfo.InvariantCulture) + "\n";

    /// <summary>
    /// Where our previous append (as <paramref name="record"/> says) starts, when it is in the same file
    /// and still its tail (nothing was written after it); otherwise <see langword="null"/>: append.
    /// </summary>
    public static long? ReplaceableStart(string? record, string stepSummaryPath, long currentLength)
    {
        var parts = record?.Split('\n');
        if (parts is null || parts.Length < 3 || !string.Equals(parts[0], stepSummaryPath, StringComparison.Ordinal))
        {
            return null;
        }

        return long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
            && long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var length)
            && start + length == currentLength
            ? start
            : null;
    }
}
