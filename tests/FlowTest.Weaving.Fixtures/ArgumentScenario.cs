using System;

namespace FlowTest.Weaving.Fixtures;

/// <summary>Calls each argument shape once.</summary>
public static class ArgumentScenario
{
    public static unsafe void Run()
    {
        ArgumentShapes.Login("ada", "hunter2", "1234", "skip-me");
        var counter = 5;
        ArgumentShapes.ByReference(ref counter, out var produced, 21);
        Console.WriteLine("counter=" + counter + ",produced=" + produced);
        Span<int> values = stackalloc int[] { 1, 2, 3 };
        Console.WriteLine("span=" + ArgumentShapes.SumSpan(values, "ab".AsSpan()));
        var number = 42;
        Console.WriteLine("pointer=" + ArgumentShapes.ReadPointer(&number));
        Console.WriteLine("captured=" + ArgumentShapes.Captured(7));
        ArgumentShapes.NotCaptured(99);
        ArgumentShapes.Tagged();
        NoTraceShapes.Skipped();
        NoTraceType.AlsoSkipped();
    }
}
