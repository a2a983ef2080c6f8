using System;
using System.CommandLine;
using System.IO;
using System.Text;
using FlowTest.Cli.Export;
using FlowTest.Cli.Runs;
using FlowTest.Cli.Terminal;

namespace FlowTest.Cli.Commands;

/// <summary><c>flowtest export [RUN] --format chrome|mermaid|junit|csv [-o FILE]</c>.</summary>
internal static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        var run = CliApp.RunArgument();
        var format = new Option<string>("--format", "-f")
        {
            Description = "chrome (Perfetto trace events), mermaid (gantt), junit (XML for CI), csv (one row per flow).",
            Required = true,
        };
        format.AcceptOnlyFromAmong(ExportFormats.Names);
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Write to this file instead of stdout." };
        var command = new Command("export", "Export a run's flows for other tools.") { run, format, output };
        command.SetAction(parse =>
        {
            var entry = context.Store(parse).Resolve(parse.GetValue(run), context.Environment.CurrentDirectory);
            var scan = new RunTraceScan(entry, context.Console);
            var target = parse.GetValue(output);
            if (target is null)
            {
                using var stdout = new TextWriterStream(context.Console.Out);
                Export(parse.GetValue(format)!, scan, stdout, context.Console.Out);
            }
            else
            {
                // Written beside the target and moved into place: a failed export leaves no half file.
                var temporary = target.FullName + ".tmp";
                using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write))
                using (var text = new StreamWriter(file, new UTF8Encoding(false)))
                {
                    Export(parse.GetValue(format)!, scan, file, text);
                    text.Flush();
                }

                File.Copy(temporary, target.FullName, overwrite: true);
                File.Delete(temporary);
                context.Console.Error.WriteLine("wrote " + target.FullName);
            }

            scan.ReportSkippedLines();
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Export(string formatName, RunTraceScan scan, Stream bytes, TextWriter text)
    {
        var format = ExportFormats.Create(formatName, bytes, text);
        try
        {
            new FlowSpanTracker(format).Export(scan.Records());
        }
        finally
        {
            (format as IDisposable)?.Dispose();
        }

        text.Flush();
        bytes.Flush();
    }
}
