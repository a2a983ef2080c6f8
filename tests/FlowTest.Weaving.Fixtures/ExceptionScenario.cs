using System;

namespace FlowTest.Weaving.Fixtures;

/// <summary>Prints whether the caught exception is the thrown object and its stack, for comparison with an unwoven run.</summary>
public static class ExceptionScenario
{
    public static void Run()
    {
        Report(() => ExceptionShapes.ThrowsHere(1));
        Report(ExceptionShapes.ThrowsDeeper);
    }

    private static void Report(Action action)
    {
        try
        {
            action();
        }
        catch (Exception caught)
        {
            Console.WriteLine("SAME|" + ReferenceEquals(caught, ExceptionShapes.LastThrown));
            foreach (var line in (caught.StackTrace ?? "").Split('\n'))
            {
                Console.WriteLine("STACK|" + line.TrimEnd());
            }
        }
    }
}
