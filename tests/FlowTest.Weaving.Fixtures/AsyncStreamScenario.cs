using System;
using System.Threading.Tasks;

namespace FlowTest.Weaving.Fixtures;

/// <summary>Enumerates async streams fully, stops one early, and lets one fail.</summary>
public static class AsyncStreamScenario
{
    public static async Task Run()
    {
        var sum = 0;
        await foreach (var item in AsyncStreamShapes.CountAsync(3))
        {
            sum += item;
        }

        Console.WriteLine("sum=" + sum);
        await foreach (var item in AsyncStreamShapes.CountAsync(100))
        {
            if (item == 2)
            {
                break;
            }
        }

        try
        {
            await foreach (var item in AsyncStreamShapes.ThrowsAsync())
            {
                Console.WriteLine("item=" + item);
            }
        }
        catch (InvalidOperationException error)
        {
            Console.WriteLine("caught=" + error.Message);
        }

        using (Flow.Start("stream-outer"))
        {
            await foreach (var item in AsyncStreamShapes.CountAsync(1))
            {
                Console.WriteLine("inside-stream-current=" + Flow.Current?.Name);
            }
        }
    }
}
