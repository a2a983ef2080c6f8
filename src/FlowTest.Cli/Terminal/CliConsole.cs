using System;
using System.IO;

namespace FlowTest.Cli.Terminal;

/// <summary>
/// Where a command writes: results to <see cref="Out"/>, messages and progress to <see cref="Error"/>.
/// Whether each is a terminal is decided once, so tests can drive commands with plain writers.
/// </summary>
internal sealed class CliConsole
{
    public CliConsole(TextWriter output, TextWriter error, bool outputIsTerminal = false, bool errorIsTerminal = false)
    {
        Out = output;
        Error = error;
        OutputIsTerminal = outputIsTerminal;
        ErrorIsTerminal = errorIsTerminal;
    }

    public TextWriter Out { get; }

    public TextWriter Error { get; }

    /// <summary>Whether stdout is a terminal (colour is allowed there).</summary>
    public bool OutputIsTerminal { get; }

    /// <summary>Whether stderr is a terminal (progress bars are drawn only there).</summary>
    public bool ErrorIsTerminal { get; }

    /// <summary>The process's own streams.</summary>
    public static CliConsole FromProcess() =>
        new(Console.Out, Console.Error, !Console.IsOutputRedirected, !Console.IsErrorRedirected);
}
