using System.Globalization;

namespace FlowTest.Reading;

/// <summary>Formats a source location the way editors and CI annotations accept it.</summary>
internal static class TraceLocationText
{
    /// <summary><c>file:line</c>, <c>file</c> when the line is unknown, <see langword="null"/> without a file.</summary>
    public static string? Format(string? file, int? line)
    {
        if (string.IsNullOrEmpty(file))
        {
            return null;
        }

        return line is > 0 ? file + ":" + line.Value.ToString(CultureInfo.InvariantCulture) : file;
    }
}
