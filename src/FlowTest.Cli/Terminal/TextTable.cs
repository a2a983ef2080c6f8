using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace FlowTest.Cli.Terminal;

/// <summary>
/// Left-aligned columns padded to the widest cell. Widths are measured on the plain text, so a
/// cell may be coloured afterwards by <see cref="Write"/>'s <c>colour</c> callback.
/// </summary>
internal sealed class TextTable
{
    private readonly string[] _headers;
    private readonly List<string[]> _rows = new();

    public TextTable(params string[] headers) => _headers = headers;

    public int RowCount => _rows.Count;

    public void Add(params string[] cells)
    {
        if (cells.Length != _headers.Length)
        {
            throw new ArgumentException("a row needs one cell per column", nameof(cells));
        }

        _rows.Add(cells);
    }

    /// <summary>Writes header and rows; <paramref name="colour"/> may restyle a cell (column index, text).</summary>
    public void Write(TextWriter output, Func<int, string, string>? colour = null)
    {
        var widths = _headers.Select((h, i) => Math.Max(h.Length, _rows.Count == 0 ? 0 : _rows.Max(r => r[i].Length))).ToArray();
        output.WriteLine(Line(_headers, widths, null));
        foreach (var row in _rows)
        {
            output.WriteLine(Line(row, widths, colour));
        }
    }

    private static string Line(string[] cells, int[] widths, Func<int, string, string>? colour)
    {
        var parts = new string[cells.Length];
        for (var i = 0; i < cells.Length; i++)
        {
            var padding = i == cells.Length - 1 ? "" : new string(' ', widths[i] - cells[i].Length);
            parts[i] = (colour is null ? cells[i] : colour(i, cells[i])) + padding;
        }

        return string.Join("  ", parts).TrimEnd();
    }
}
