using System.CommandLine;
using FlowTest.Cli.Diff;
using FlowTest.Cli.Runs;

namespace FlowTest.Cli.Commands;

/// <summary><c>flowtest diff RUN_A RUN_B [--fail-on-new-failures]</c>: what changed from A to B, by flow name.</summary>
internal static class DiffCommand
{
    public static Command Create(CliContext context)
    {
        var runA = new Argument<string>("RUN_A") { Description = "The baseline run (id, prefix, path or latest)." };
        var runB = new Argument<string>("RUN_B") { Description = "The run to compare with the baseline." };
        var failOnNew = new Option<bool>("--fail-on-new-failures") { Description = "Exit with code 1 when B has failures A did not have." };
        var threshold = new Option<double>("--threshold") { Description = "Report p50 changes larger than this percentage (default 20).", DefaultValueFactory = _ => 20 };
        var minimum = new Option<double>("--min-delta-ms") { Description = "Ignore p50 changes smaller than this many ms (default 1).", DefaultValueFactory = _ => 1 };
        var command = new Command("diff", "Compare two runs: new failures, fixed, still failing, slower/faster, added/removed flows.") { runA, runB, failOnNew, threshold, minimum };
        command.SetAction(parse =>
        {
            var store = context.Store(parse);
            var a = Profile(context, store.Resolve(parse.GetValue(runA), context.Environment.CurrentDirectory));
            var b = Profile(context, store.Resolve(parse.GetValue(runB), context.Environment.CurrentDirectory));
            var diff = RunComparison.Compare(a, b, parse.GetValue(threshold), parse.GetValue(minimum));
            ComparisonText.Write(context.Console.Out, a.RunId, b.RunId, diff, context.Style);
            return parse.GetValue(failOnNew) && diff.NewFailures.Count > 0 ? ExitCodes.Findings : ExitCodes.Success;
        });
        return command;
    }

    private static RunProfile Profile(CliContext context, RunEntry run)
    {
        var scan = new RunTraceScan(run, context.Console);
        var digest = scan.Digest();
        scan.ReportSkippedLines();
        return RunProfile.From(run.RunId, digest);
    }
}
