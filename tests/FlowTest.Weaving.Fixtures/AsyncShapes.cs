using System;
using System.Threading.Tasks;

namespace FlowTest.Weaving.Fixtures;

/// <summary>Async shapes of issue 3 point 6.</summary>
public static class AsyncShapes
{
    public static TaskCompletionSource<bool> AsyncVoidDone { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    [Flow]
    public static async Task DelayAsync(int milliseconds)
    {
        await PreciseDelay.AtLeast(milliseconds);
    }

    [Flow]
    public static async Task<int> ValueAfterAwaitAsync(int x)
    {
        await Task.Yield();
        return x + 1;
    }

    [Flow]
    public static async ValueTask ValueTaskAsync()
    {
        await Task.Yield();
    }

    [Flow]
    public static async ValueTask<string> ValueTaskOfTAsync(string text)
    {
        await Task.Yield();
        return text.ToUpperInvariant();
    }

    [Flow]
    public static async Task<int> CompletesSynchronouslyAsync(int x)
    {
        await Task.CompletedTask;
        return x;
    }

    [Flow]
    public static async void FireAndForget()
    {
        await Task.Delay(10);
        AsyncVoidDone.SetResult(true);
    }

    [Flow]
    public static async Task<int> ThrowsAfterAwaitAsync()
    {
        await Task.Yield();
        throw new InvalidOperationException("after await");
    }

    [Flow]
    public static async Task<OperationResult> FailsByResultAsync()
    {
        await Task.Yield();
        return new OperationResult(false);
    }

    [Flow]
    public static async Task<T> GenericAsync<T>(T value)
    {
        await Task.Yield();
        return value;
    }

    [Flow]
    public static Task DelegatesAsync(int milliseconds) => PreciseDelay.AtLeast(milliseconds);

    [Flow]
    public static Task<OperationResult> DelegatesFailingResultAsync() =>
        Task.Delay(10).ContinueWith(_ => new OperationResult(false), TaskScheduler.Default);

    [Flow(CaptureReturnValue = true)]
    public static async Task<int> CapturedAsync()
    {
        await Task.Yield();
        return 42;
    }
}
