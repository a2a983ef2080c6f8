using System.CommandLine;
using System.Globalization;
using FlowTest.Artifacts.Rendering;
using FlowTest.Cli.Terminal;

namespace FlowTest.Cli.Commands;

/// <summary><c>flowtest runs</c>: every run, newest first, from run.json alone (no trace is read).</summary>
internal static class RunsCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("runs", "List runs, newest first: status, flows by verdict, duration.");
        command.SetAction(parse =>
        {
            var store = context.Store(parse);
            var runs = store.List();
            if (runs.Count == 0)
            {
                context.Console.Error.WriteLine("no runs under " + store.RunsDirectory);
                return ExitCodes.Success;
            }

            var table = new TextTable("RUN", "STATUS", "FLOWS", "OK", "FAIL", "EXC", "SKIP", "INCOMPLETE", "DURATION", "STARTED");
            foreach (var run in runs)
            {
                var counts = run.Manifest?.Counts;
                var ended = run.Manifest?.EndedAt is not null;
                table.Add(
                    run.RunId,
                    run.Status,
                    ended && counts is not null ? Count(counts.Flows) : "-",
                    ended && counts is not null ? Count(counts.Success) : "-",
                    ended && counts is not null ? Count(counts.Failure) : "-",
                    ended && counts is not null ? Count(counts.Exception) : "-",
                    ended && counts is not null ? Count(counts.Skipped) : "-",
                    ended && counts is not null ? Count(counts.Incomplete) : "-",
                    run.Manifest?.DurationMs is { } ms ? DisplayFormat.Duration(ms) : "-",
                    DisplayFormat.Timestamp(run.StartedAt));
            }

            table.Write(context.Console.Out, (column, text) => column == 1 ? context.Style.Outcome(text) : text);
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Count(long value) => value.ToString(CultureInfo.InvariantCulture);
}
