using System;
using System.CommandLine;
using FlowTest.Runs;

namespace FlowTest.Cli.Commands;

/// <summary>
/// <c>flowtest gc [--keep N]</c>: prunes the oldest runs by hand, keeping the newest N
/// (default: <c>retention.keep_runs</c>). Runs with a live writer are never removed.
/// </summary>
internal static class GcCommand
{
    public static Command Create(CliContext context)
    {
        var keep = new Option<int?>("--keep") { Description = "How many of the newest runs to keep (default: retention.keep_runs, 20)." };
        var command = new Command("gc", "Delete old runs, keeping the newest N (running runs are kept).") { keep };
        command.SetAction(parse =>
        {
            var store = context.Store(parse);
            var keepRuns = parse.GetValue(keep) ?? context.Configuration(store).Config.Retention.KeepRuns;
            if (keepRuns < 0)
            {
                throw new UsageException("--keep must be 0 or more");
            }

            // Retention reserves one slot for the run that is starting; gc starts none, so it asks for one more.
            var removed = RunRetention.Apply(store.RunsDirectory, currentRunId: "", keepRuns + 1, Environment.MachineName, Environment.ProcessId);
            foreach (var id in removed)
            {
                context.Console.Out.WriteLine("removed " + id);
            }

            context.Console.Out.WriteLine(removed.Count + " run(s) removed, newest " + keepRuns + " kept");
            return ExitCodes.Success;
        });
        return command;
    }
}
