using System.CommandLine;
using FlowTest.Cli.Runs;
using FlowTest.Cli.Terminal;
using FlowTest.Config;

namespace FlowTest.Cli.Commands;

/// <summary>
/// <c>flowtest show FLOW [--run RUN]</c>: one flow instance as a tree. FLOW is a flow name (its
/// first failing instance, else its first) or a <c>flow_id</c>. Reads the trace twice, streaming.
/// </summary>
internal static class ShowCommand
{
    public static Command Create(CliContext context)
    {
        var flow = new Argument<string>("FLOW") { Description = "Flow name (e.g. OrderTests/Submits_order) or flow_id." };
        var run = new Option<string>("--run", "-r") { Description = "Run id, unique prefix or path (default: latest).", DefaultValueFactory = _ => "latest" };
        var command = new Command("show", "Show one flow as a tree of checkpoints, child flows, evidence and failures with file:line.") { flow, run };
        command.SetAction(parse =>
        {
            var entry = context.Store(parse).Resolve(parse.GetValue(run), context.Environment.CurrentDirectory);
            var wanted = parse.GetValue(flow)!;
            var picker = new FlowInstancePicker(wanted);
            var first = new RunTraceScan(entry, context.Console);
            foreach (var record in first.Records())
            {
                picker.Add(record);
            }

            first.ReportSkippedLines();
            if (picker.Chosen is not { } flowId)
            {
                throw new UsageException($"no flow '{wanted}' in run {entry.RunId}{NameSuggester.DidYouMean(wanted, picker.Names)}");
            }

            var tree = new FlowSubtree(flowId);
            foreach (var record in new RunTraceScan(entry, context.Console).Records())
            {
                tree.Add(record);
            }

            FlowTreeText.Write(context.Console.Out, tree, context.Style);
            return ExitCodes.Success;
        });
        return command;
    }
}
