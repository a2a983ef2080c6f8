using System;
using System.Collections.Concurrent;
using System.IO;

namespace FlowTest.Diagnostics;

/// <summary>
/// Prints each runtime problem once (per code) to stderr, in the compiler's
/// <c>FlowTest: warning FT2002: …</c> form. Telemetry problems are reported, never thrown.
/// </summary>
internal sealed class WarningReporter
{
    private readonly TextWriter _output;
    private readonly ConcurrentDictionary<string, bool> _reported = new(StringComparer.Ordinal);

    public WarningReporter(TextWriter output)
    {
        _output = output;
    }

    public static WarningReporter Console { get; } = new(System.Console.Error);

    /// <summary>Reports <paramref name="message"/> unless a warning with this code was already reported.</summary>
    public void Report(string code, string message)
    {
        if (!_reported.TryAdd(code, true))
        {
            return;
        }

        Write("FlowTest: warning " + code + ": " + message);
    }

    /// <summary>Prints an informational line (e.g. where the artifacts go).</summary>
    public void Info(string message) => Write("FlowTest: " + message);

    private void Write(string line)
    {
        try
        {
            _output.WriteLine(line);
            _output.Flush();
        }
        catch (Exception)
        {
            // stderr closed: there is nowhere left to report to.
        }
    }
}
