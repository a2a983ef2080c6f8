using System;
using System.Collections.Generic;

namespace FlowTest.Weaving.Fixtures;

/// <summary>Iterators: the flow ends when enumeration ends.</summary>
public static class IteratorShapes
{
    [Flow]
    public static IEnumerable<int> Count(int upTo)
    {
        for (var i = 1; i <= upTo; i++)
        {
            yield return i;
        }
    }

    [Flow]
    public static IEnumerable<string> ThrowsMidway()
    {
        yield return "first";
        throw new InvalidOperationException("iterator broke");
    }

    [Flow]
    public static IEnumerable<T> Repeat<T>(T value, int times)
    {
        for (var i = 0; i < times; i++)
        {
            yield return value;
        }
    }

    [Flow]
    public static IEnumerable<int> ThrowsInsideTryFinally()
    {
        try
        {
            yield return 1;
            throw new InvalidOperationException("inside try");
        }
        finally
        {
            Console.WriteLine("iterator finally ran");
        }
    }
}
