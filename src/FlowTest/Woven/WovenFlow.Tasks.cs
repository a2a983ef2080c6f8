using System;
using System.Threading;
using System.Threading.Tasks;
using FlowTest.Context;
using FlowTest.Recording;

namespace FlowTest.Woven;

/// <summary>
/// Methods that return a <see cref="Task"/> without being <c>async</c> (<c>=> client.SendAsync()</c>):
/// their flow ends when the task completes, not when the method returns.
/// </summary>
public static partial class WovenFlow
{
    /// <summary>
    /// The caller gets its flow back now; the flow ends when <paramref name="task"/> completes.
    /// Called by woven code; not for direct use.
    /// </summary>
    public static void EndWhenDone(FlowScope? scope, Task? task)
    {
        if (scope is null)
        {
            return;
        }

        try
        {
            FlowContext.RestoreAfter(scope);
            if (task is null)
            {
                End(scope);
            }
            else if (task.IsCompleted)
            {
                Complete(scope, task);
            }
            else
            {
                task.ContinueWith(static (done, state) => Complete((FlowScope)state!, done), scope, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            }
        }
        catch (Exception error)
        {
            FlowRuntime.ReportInternalError(error);
            EndQuietly(scope);
        }
    }

    /// <summary>
    /// As <see cref="EndWhenDone(FlowScope?, Task?)"/>, with the verdict read from the task's result.
    /// Called by woven code; not for direct use.
    /// </summary>
    public static void EndWhenDone<T>(FlowScope? scope, Task<T>? task, WovenResultOptions options)
    {
        if (scope is null)
        {
            return;
        }

        try
        {
            FlowContext.RestoreAfter(scope);
            if (task is null)
            {
                End(scope);
            }
            else if (task.IsCompleted)
            {
                Complete(scope, task, options);
            }
            else
            {
                task.ContinueWith((done, state) => Complete((FlowScope)state!, done, options), scope, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            }
        }
        catch (Exception error)
        {
            FlowRuntime.ReportInternalError(error);
            EndQuietly(scope);
        }
    }

    private static void Complete(FlowScope scope, Task task)
    {
        if (!Failed(scope, task))
        {
            End(scope);
        }
    }

    private static void Complete<T>(FlowScope scope, Task<T> task, WovenResultOptions options)
    {
        if (!Failed(scope, task))
        {
            End(scope, task.Result, options);
        }
    }

    private static bool Failed(FlowScope scope, Task task)
    {
        if (task.IsFaulted)
        {
            var exception = task.Exception!.InnerExceptions.Count == 1 ? task.Exception.InnerExceptions[0] : task.Exception;
            Fail(scope, exception, "", "", 0);
            return true;
        }

        if (task.IsCanceled)
        {
            Fail(scope, new TaskCanceledException(task), "", "", 0);
            return true;
        }

        return false;
    }
}
