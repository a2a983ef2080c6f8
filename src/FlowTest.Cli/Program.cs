using FlowTest.Cli.Commands;
using FlowTest.Cli.Terminal;

return CliApp.Run(args, CliConsole.FromProcess(), CliEnvironment.FromProcess());
