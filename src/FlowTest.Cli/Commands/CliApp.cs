using System;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.IO;
using System.Linq;
using FlowTest.Cli.Terminal;

namespace FlowTest.Cli.Commands;

/// <summary>
/// The <c>flowtest</c> command tree and the one place where outcomes become exit codes: parse
/// errors and <see cref="UsageException"/> print one message and return <see cref="ExitCodes.Usage"/>.
/// </summary>
internal static class CliApp
{
    public static int Run(string[] args, CliConsole console, CliEnvironment environment)
    {
        var context = new CliContext(console, environment);
        var root = Build(context);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            console.Error.WriteLine("flowtest: " + parse.Errors[0].Message + " (see `flowtest --help`)");
            return ExitCodes.Usage;
        }

        // An unknown "--flag" lands in an optional argument (RUN) instead of failing the parse.
        if (parse.Tokens.FirstOrDefault(IsStrayOption) is { } stray)
        {
            console.Error.WriteLine("flowtest: unknown option '" + stray.Value + "' (see `flowtest " + parse.CommandResult.Command.Name + " --help`)");
            return ExitCodes.Usage;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = console.Out, Error = console.Error, EnableDefaultExceptionHandler = false });
        }
        catch (UsageException e)
        {
            console.Error.WriteLine("flowtest: " + e.Message);
            return ExitCodes.Usage;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine("flowtest: " + e.Message);
            return ExitCodes.IoError;
        }
    }

    public static RootCommand Build(CliContext context)
    {
        var root = new RootCommand("Read, diff and export FlowTest runs (.flowtest/runs/<run_id>/trace.jsonl).");
        root.Options.Add(context.ArtifactsOption);
        foreach (var command in new[]
        {
            RunsCommand.Create(context),
            SummaryCommand.Create(context),
            ShowCommand.Create(context),
            TailCommand.Create(context),
            DiffCommand.Create(context),
            ExportCommand.Create(context),
            ValidateCommand.Create(context),
            GcCommand.Create(context),
        })
        {
            root.Subcommands.Add(command);
        }

        return root;
    }

    private static bool IsStrayOption(Token token) =>
        token.Type == TokenType.Argument && token.Value.Length > 1 && token.Value[0] == '-'
        && !double.TryParse(token.Value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _);

    /// <summary>The RUN argument shared by the commands that read one run.</summary>
    public static Argument<string> RunArgument(string name = "RUN") => new(name)
    {
        Description = "Run id, unique prefix of one, or path to a run directory; default: latest.",
        Arity = ArgumentArity.ZeroOrOne,
        DefaultValueFactory = _ => "latest",
    };

    /// <summary>Names of all commands, for tests and docs.</summary>
    public static string[] CommandNames(CliContext context) => Build(context).Subcommands.Select(c => c.Name).ToArray();
}
