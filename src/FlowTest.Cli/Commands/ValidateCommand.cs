using System.CommandLine;
using System.IO;
using System.Linq;
using FlowTest.Config;

namespace FlowTest.Cli.Commands;

/// <summary>
/// <c>flowtest validate</c>: checks <c>flowtest.yaml</c> and <c>flows.yaml</c> (and the
/// <c>FLOWTEST_*</c> overrides) and prints every problem as <c>file(line,col): error FTxxxx: …</c>.
/// Exit code 1 when there is an error; warnings alone pass.
/// </summary>
internal static class ValidateCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("validate", "Check flowtest.yaml and flows.yaml; errors and warnings with file:line.");
        command.SetAction(parse =>
        {
            var store = context.Store(parse);
            var loaded = context.Configuration(store);
            foreach (var diagnostic in loaded.Diagnostics)
            {
                var text = diagnostic.ToString();
                context.Console.Out.WriteLine(diagnostic.IsError ? context.Style.Red(text) : context.Style.Yellow(text));
            }

            var files = new[] { ConfigurationLoader.ConfigFileName, ConfigurationLoader.CatalogFileName }
                .Select(name => Path.Combine(store.Root, name))
                .ToList();
            var present = files.Where(File.Exists).ToList();
            var errors = loaded.Diagnostics.Count(d => d.IsError);
            var warnings = loaded.Diagnostics.Count - errors;
            context.Console.Out.WriteLine(present.Count == 0
                ? "no flowtest.yaml or flows.yaml under " + store.Root + " (defaults apply)"
                : "checked " + string.Join(", ", present) + ": " + errors + " error(s), " + warnings + " warning(s)");
            return errors > 0 ? ExitCodes.Findings : ExitCodes.Success;
        });
        return command;
    }
}
