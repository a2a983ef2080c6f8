using System;
using System.Collections.Generic;
using System.Linq;

namespace FlowTest.Weaving.Fixtures;

/// <summary>Enumerates fully, stops early, and fails midway.</summary>
public static class IteratorScenario
{
    public static void Run()
    {
        Console.WriteLine("sum=" + IteratorShapes.Count(4).Sum());
        foreach (var item in IteratorShapes.Count(100))
        {
            if (item == 2)
            {
                break;
            }
        }

        try
        {
            foreach (var item in IteratorShapes.ThrowsMidway())
            {
                Console.WriteLine("item=" + item);
            }
        }
        catch (InvalidOperationException error)
        {
            Console.WriteLine("caught=" + error.Message);
        }

        try
        {
            foreach (var item in IteratorShapes.ThrowsInsideTryFinally())
            {
                Console.WriteLine("guarded-item=" + item);
            }
        }
        catch (InvalidOperationException error)
        {
            Console.WriteLine("caught=" + error.Message);
        }

        IEnumerable<int> created;
        using (Flow.Start("creator"))
        {
            created = IteratorShapes.Count(2);
        }

        using (Flow.Start("enumerator"))
        {
            foreach (var item in created)
            {
                Console.WriteLine("loop-current=" + Flow.Current?.Name);
            }
        }

        Console.WriteLine("repeat=" + string.Join(",", IteratorShapes.Repeat("x", 3)));
    }
}
