using System;
using System.CommandLine;
using System.Text.RegularExpressions;
using FlowTest.Artifacts.Rendering;
using FlowTest.Cli.Runs;
using FlowTest.Cli.Terminal;

namespace FlowTest.Cli.Commands;

/// <summary><c>flowtest summary [RUN] [--json]</c>: the run's summary, computed afresh from the trace.</summary>
internal static class SummaryCommand
{
    private static readonly Regex OutcomeWords = new(@"\b(passed|failed|crashed|running|success|failure|exception|incomplete|skipped)\b", RegexOptions.CultureInvariant);

    public static Command Create(CliContext context)
    {
        var run = CliApp.RunArgument();
        var json = new Option<bool>("--json") { Description = "Write the summary as JSON (counts, flows, first failures)." };
        var command = new Command("summary", "Show a run's summary (summary.md, recomputed from the trace).") { run, json };
        command.SetAction(parse =>
        {
            var store = context.Store(parse);
            var entry = store.Resolve(parse.GetValue(run), context.Environment.CurrentDirectory);
            var configuration = context.Configuration(store);
            var scan = new RunTraceScan(entry, context.Console);
            var digest = scan.Digest();
            scan.ReportSkippedLines();
            var header = RunHeaders.For(entry, scan.Stats);
            if (parse.GetValue(json))
            {
                using var stdout = new System.IO.MemoryStream();
                RunSummaryJson.Write(stdout, header, digest, scan.Stats);
                context.Console.Out.WriteLine(System.Text.Encoding.UTF8.GetString(stdout.ToArray()));
                return ExitCodes.Success;
            }

            var markdown = SummaryRenderer.Render(header, digest, configuration.Catalog, configuration.Config.Performance);
            context.Console.Out.Write(Colour(markdown, context.Style));
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Colours headings and outcome words; plain text when colour is off.</summary>
    public static string Colour(string markdown, AnsiStyle style)
    {
        if (!style.Enabled)
        {
            return markdown;
        }

        var lines = markdown.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = OutcomeWords.Replace(lines[i], m => style.Outcome(m.Value));
            lines[i] = line.StartsWith("#", StringComparison.Ordinal) ? style.Bold(line) : line;
        }

        return string.Join("\n", lines);
    }
}
