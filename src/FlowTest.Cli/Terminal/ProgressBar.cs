using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;

namespace FlowTest.Cli.Terminal;

/// <summary>
/// A one-line progress bar on stderr for long trace reads. Drawn only when stderr is a terminal,
/// only after the read has taken a moment, and at most a few times a second, so short reads and
/// redirected output never see it.
/// </summary>
internal sealed class ProgressBar : IDisposable
{
    private const int Width = 30;
    private static readonly TimeSpan ShowAfter = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan RedrawEvery = TimeSpan.FromMilliseconds(200);

    private readonly TextWriter? _error;
    private readonly long _totalBytes;
    private readonly string _label;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _lastDrawn = TimeSpan.MinValue;
    private bool _drawn;

    public ProgressBar(CliConsole console, long totalBytes, string label)
    {
        _error = console.ErrorIsTerminal && totalBytes > 0 ? console.Error : null;
        _totalBytes = totalBytes;
        _label = label;
    }

    /// <summary>Reports how many bytes have been read; cheap when nothing needs drawing.</summary>
    public void Report(long bytesRead)
    {
        if (_error is null)
        {
            return;
        }

        var now = _clock.Elapsed;
        if (now < ShowAfter || now - _lastDrawn < RedrawEvery)
        {
            return;
        }

        _lastDrawn = now;
        _drawn = true;
        _error.Write("\r" + Render(bytesRead, _totalBytes, _label));
        _error.Flush();
    }

    /// <summary>The bar text for a fraction read: <c>reading trace [#####.....]  50%</c>.</summary>
    public static string Render(long bytesRead, long totalBytes, string label)
    {
        var ratio = totalBytes <= 0 ? 1.0 : Math.Min(1.0, Math.Max(0.0, (double)bytesRead / totalBytes));
        var filled = (int)Math.Round(ratio * Width);
        return label + " [" + new string('#', filled) + new string('.', Width - filled) + "] "
            + ((int)(ratio * 100)).ToString(CultureInfo.InvariantCulture).PadLeft(3) + "%";
    }

    public void Dispose()
    {
        if (_drawn && _error is not null)
        {
            // Wipe the bar so the next message starts on a clean line.
            _error.Write("\r" + new string(' ', _label.Length + Width + 8) + "\r");
            _error.Flush();
        }
    }
}
