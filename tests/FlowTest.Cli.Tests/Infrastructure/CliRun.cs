using System.Collections.Generic;
using System.IO;
using FlowTest.Cli.Commands;
using FlowTest.Cli.Terminal;

namespace FlowTest.Cli.Tests.Infrastructure;

/// <summary>Runs the real command tree in-process with captured output and a fixed environment.</summary>
internal static class CliRun
{
    public static CliResult Run(string artifactsRoot, params string[] args) =>
        RunIn(Path.GetTempPath(), new Dictionary<string, string?> { ["FLOWTEST_ARTIFACTS"] = artifactsRoot }, terminal: false, args);

    public static CliResult RunIn(string currentDirectory, IReadOnlyDictionary<string, string?> variables, bool terminal, params string[] args) =>
        RunWith(new StringWriter(), currentDirectory, variables, terminal, args);

    /// <summary>Runs with a caller-owned stdout, for tests that watch output while the command runs.</summary>
    public static CliResult RunWith(TextWriter output, string currentDirectory, IReadOnlyDictionary<string, string?> variables, bool terminal, params string[] args)
    {
        var error = new StringWriter();
        var console = new CliConsole(output, error, outputIsTerminal: terminal, errorIsTerminal: terminal);
        var code = CliApp.Run(args, console, CliEnvironment.Of(currentDirectory, variables));
        return new CliResult(code, output.ToString() ?? "", error.ToString());
    }
}
