using System;

namespace FlowTest.Weaving.Fixtures;

/// <summary>
/// With recording off, woven calls must allocate nothing: prints the bytes this thread allocated
/// over many calls (after a warm-up so JIT work is not counted).
/// </summary>
public static class DisabledScenario
{
    public static void Run()
    {
        var shapes = new SyncShapes();
        var meters = new Meters(2);
        Calls(shapes, meters, 1000);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var sum = Calls(shapes, meters, 10_000);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Console.WriteLine("enabled=" + Flow.IsEnabled + ",sum=" + sum);
        Console.WriteLine("ALLOCATED|" + allocated);
    }

    private static double Calls(SyncShapes shapes, Meters meters, int count)
    {
        double sum = 0;
        for (var i = 0; i < count; i++)
        {
            sum += shapes.InstanceValue(i) + SyncShapes.Echo(i) + meters.Doubled() + VerdictShapes.ExitTwo();
            ArgumentShapes.Login("ada", "pw", "1", "x");
        }

        return sum;
    }
}
