using System;
using FlowTest.TestApp;

// Scenarios the tests run in a real process. Usage: FlowTest.TestApp <scenario> [args…]
return args.Length == 0 ? Usage() : args[0] switch
{
    "burst" => Scenarios.Burst(int.Parse(args[1]), int.Parse(args[2]), args[3]),
    "spam-until-killed" => Scenarios.SpamUntilKilled(),
    "hostile-evidence" => Scenarios.HostileEvidence(),
    "nesting" => Scenarios.Nesting(),
    "no-flow" => Scenarios.NoFlow(),
    "exit-code" => Scenarios.ExitCode(int.Parse(args[1])),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: FlowTest.TestApp burst <threads> <events> <tag> | spam-until-killed | hostile-evidence | nesting | no-flow | exit-code <n>");
    return 64;
}
