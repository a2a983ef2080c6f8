using System.CommandLine;
using FlowTest.Cli.Runs;
using FlowTest.Cli.Terminal;
using FlowTest.Config;

namespace FlowTest.Cli.Commands;

/// <summary>What every command gets: the console, the environment, and the shared <c>--artifacts</c> option.</summary>
internal sealed class CliContext
{
    public CliContext(CliConsole console, CliEnvironment environment)
    {
        Console = console;
        Environment = environment;
        Style = new AnsiStyle(console.OutputIsTerminal && !environment.NoColor);
    }

    public CliConsole Console { get; }

    public CliEnvironment Environment { get; }

    /// <summary>Colour for stdout: only on a terminal, never with <c>NO_COLOR</c>.</summary>
    public AnsiStyle Style { get; }

    /// <summary><c>--artifacts DIR</c>, accepted by every command.</summary>
    public Option<string?> ArtifactsOption { get; } = new("--artifacts")
    {
        Description = "The .flowtest directory to read (default: FLOWTEST_ARTIFACTS, else the nearest .flowtest upward from here).",
        Recursive = true,
    };

    /// <summary>The run store of the artifacts root this invocation reads.</summary>
    public RunStore Store(ParseResult parse) =>
        new(CliArtifactsRoot.Resolve(parse.GetValue(ArtifactsOption), Environment).Path);

    /// <summary>flowtest.yaml and flows.yaml of the root (defaults when absent).</summary>
    public LoadedConfiguration Configuration(RunStore store) => ConfigurationLoader.Load(store.Root, Environment.Variable);
}
