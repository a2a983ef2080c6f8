using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace FlowTest.Weaving.Fixtures;

/// <summary>Async iterators: the flow ends when asynchronous enumeration ends.</summary>
public static class AsyncStreamShapes
{
    [Flow]
    public static async IAsyncEnumerable<int> CountAsync(int upTo)
    {
        for (var i = 1; i <= upTo; i++)
        {
            await Task.Delay(1);
            yield return i;
        }
    }

    [Flow]
    public static async IAsyncEnumerable<int> ThrowsAsync()
    {
        yield return 1;
        await Task.Yield();
        throw new InvalidOperationException("stream broke");
    }
}
