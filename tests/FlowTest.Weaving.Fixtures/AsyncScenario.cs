using System;
using System.Threading.Tasks;

namespace FlowTest.Weaving.Fixtures;

/// <summary>Awaits every async shape once.</summary>
public static class AsyncScenario
{
    public static async Task Run()
    {
        await AsyncShapes.DelayAsync(200);
        Console.WriteLine("value=" + await AsyncShapes.ValueAfterAwaitAsync(41));
        await AsyncShapes.ValueTaskAsync();
        Console.WriteLine("valuetask=" + await AsyncShapes.ValueTaskOfTAsync("abc"));
        Console.WriteLine("sync-completion=" + await AsyncShapes.CompletesSynchronouslyAsync(9));
        AsyncShapes.FireAndForget();
        await AsyncShapes.AsyncVoidDone.Task;
        await Task.Delay(50);
        var pending = AsyncShapes.ThrowsAfterAwaitAsync();
        try
        {
            await pending;
        }
        catch (InvalidOperationException error)
        {
            Console.WriteLine("caught=" + error.Message + ",same-task-faulted=" + pending.IsFaulted);
        }

        Console.WriteLine("result-object=" + (await AsyncShapes.FailsByResultAsync()).IsSuccess);
        Console.WriteLine("generic=" + await AsyncShapes.GenericAsync(3) + "," + await AsyncShapes.GenericAsync("g"));
        await AsyncShapes.DelegatesAsync(150);
        Console.WriteLine("delegated-result=" + (await AsyncShapes.DelegatesFailingResultAsync()).IsSuccess);
        Console.WriteLine("captured=" + await AsyncShapes.CapturedAsync());
        Console.WriteLine("generic-type=" + await new Box<int>(4).GetLaterAsync() + "," + await new Box<string>("four").GetLaterAsync());
    }
}
