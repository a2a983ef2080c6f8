using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace FlowTest.TestApp;

internal static class Scenarios
{
    /// <summary><paramref name="threads"/> threads each record one flow with <paramref name="events"/> checkpoints.</summary>
    public static int Burst(int threads, int events, string tag)
    {
        var workers = Enumerable.Range(0, threads).Select(t => new Thread(() =>
        {
            using var flow = Flow.Start("burst/worker", new { tag, thread = t });
            for (var i = 0; i < events; i++)
            {
                Flow.Checkpoint("tick", new { tag, thread = t, i });
            }

            flow.Success();
        })).ToList();
        workers.ForEach(w => w.Start());
        workers.ForEach(w => w.Join());
        return 0;
    }

    /// <summary>Writes events as fast as it can until the test kills the process.</summary>
    public static int SpamUntilKilled()
    {
        using var flow = Flow.Start("spam/loop");
        Console.WriteLine("READY");
        Console.Out.Flush();
        for (long i = 0; ; i++)
        {
            Flow.Checkpoint("tick", new { i, text = "some evidence text to make lines longer" });
            if (i % 50_000 == 0)
            {
                Flow.Flush();
            }
        }
    }

    /// <summary>Evidence that fights back: throwing getters, cycles, huge and broken strings.</summary>
    public static int HostileEvidence()
    {
        using var flow = Flow.Start("hostile/evidence", new ThrowingGetter());
        var cyclic = new Node { Name = "a" };
        cyclic.Next = new Node { Name = "b", Next = cyclic };
        Flow.Checkpoint("cycle", cyclic);
        Flow.Checkpoint("huge", new { text = new string('x', 5_000_000) });
        Flow.Checkpoint("control-chars", new { text = "bell\a nul\0 esc\u001b tab\t newline\n" });
        Flow.Checkpoint("invalid-utf16", new { text = "lone \uD800 high and \uDC00 low surrogates" });
        Flow.Checkpoint("deep", Deep(200));
        Flow.Checkpoint("big-list", Enumerable.Range(0, 100_000).ToList());
        Flow.Checkpoint("dictionary", new Dictionary<object, object?> { [1] = null, ["x"] = new object(), [new object()] = "key is an object" });
        Flow.Failure("DATA.HOSTILE", "reason with \uD800 broken surrogate and \0 nul");
        Flow.RecordException(new InvalidOperationException("message with \u0007 bell"));
        Console.WriteLine("SURVIVED");
        return 0;
    }

    /// <summary>Flows started in Task.Run, Parallel.For, timers and await chains, one ended on another thread.</summary>
    public static int Nesting()
    {
        using (var root = Flow.Start("nest/root"))
        {
            Task.Run(() =>
            {
                using var child = Flow.Start("nest/task-run");
                child.Success();
            }).Wait();

            Parallel.For(0, 4, i =>
            {
                using var child = Flow.Start("nest/parallel-for", new { i });
                child.Success();
            });

            using (var done = new ManualResetEventSlim())
            using (new Timer(_ =>
            {
                using (var child = Flow.Start("nest/timer"))
                {
                    child.Success();
                }

                done.Set();
            }, null, 10, Timeout.Infinite))
            {
                done.Wait();
            }

            AwaitChain().GetAwaiter().GetResult();

            var crossThread = Flow.Start("nest/ended-elsewhere");
            var ender = new Thread(() => crossThread.Dispose());
            ender.Start();
            ender.Join();
            Flow.Checkpoint("after-cross-thread-end");
            root.Success();
        }

        return 0;
    }

    /// <summary>Checkpoints and failures with no flow go to the implicit "(no flow)" bucket.</summary>
    public static int NoFlow()
    {
        Flow.Checkpoint("orphan-checkpoint", new { n = 1 });
        Flow.Failure("DATA.EMPTY", "no flow around");
        return 0;
    }

    public static int ExitCode(int code) => code;

    private static async Task AwaitChain()
    {
        using var outer = Flow.Start("nest/await-outer");
        await Task.Delay(5).ConfigureAwait(false);
        using (var inner = Flow.Start("nest/await-inner"))
        {
            await Task.Yield();
            inner.Success();
        }

        outer.Success();
    }

    private static object Deep(int depth)
    {
        object current = new { leaf = true };
        for (var i = 0; i < depth; i++)
        {
            current = new { level = i, inner = current };
        }

        return current;
    }

    private sealed class ThrowingGetter
    {
        public int Fine => 1;

        public string Broken => throw new InvalidOperationException("getter exploded");
    }

    private sealed class Node
    {
        public string Name { get; set; } = "";

        public Node? Next { get; set; }
    }
}
