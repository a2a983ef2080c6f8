using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace FlowTest.Weaving.Fixtures;

/// <summary>Runs one scenario by name: <c>dotnet FlowTest.Weaving.Fixtures.dll sync</c>.</summary>
public static class Program
{
    private static readonly Dictionary<string, Func<Task>> Scenarios = new(StringComparer.Ordinal)
    {
        ["sync"] = () => Run(SyncScenario.Run),
        ["async"] = AsyncScenario.Run,
        ["iterators"] = () => Run(IteratorScenario.Run),
        ["arguments"] = () => Run(ArgumentScenario.Run),
        ["verdicts"] = () => Run(VerdictScenario.Run),
        ["exceptions"] = () => Run(ExceptionScenario.Run),
        ["nesting"] = NestingScenario.Run,
        ["disabled"] = () => Run(DisabledScenario.Run),
        ["streams"] = AsyncStreamScenario.Run,
    };

    /// <summary>Woven too: an entry point's int result is always an exit code (0 success, else failure).</summary>
    [Flow]
    public static async Task<int> Main(string[] args)
    {
        if (args.Length != 1 || !Scenarios.TryGetValue(args[0], out var scenario))
        {
            Console.Error.WriteLine("usage: FlowTest.Weaving.Fixtures <" + string.Join("|", Scenarios.Keys) + ">");
            return 2;
        }

        await scenario();
        Console.WriteLine("DONE");
        return 0;
    }

    private static Task Run(Action action)
    {
        action();
        return Task.CompletedTask;
    }
}
