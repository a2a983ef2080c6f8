using System;
using System.Threading;
using FlowTest.Xunit.Runners;

namespace FlowTest.Adapters.Tests.XunitAdapter;

public class ThreadPoolFloorTests
{
    [Theory]
    [InlineData(2, 2, 32767, 3)] // a two-core VSTest host: two pool threads blocked, minimum 2
    [InlineData(2, 8, 32767, 8)] // the minimum already leaves workers free: never lowered
    [InlineData(0, 1, 32767, 1)]
    [InlineData(5, 2, 4, 4)] // never above the maximum
    [InlineData(-3, 2, 32767, 2)]
    public void The_minimum_leaves_one_worker_beyond_the_busy_ones(int busy, int current, int maximum, int expected)
    {
        Assert.Equal(expected, ThreadPoolFloor.MinimumFor(busy, current, maximum));
    }
}

/// <summary>Changes the process-wide thread-pool minimum, so nothing runs beside it.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public class ThreadPoolMinimumCollection
{
    public const string Name = "thread-pool minimum";
}

[Collection(ThreadPoolMinimumCollection.Name)]
public class ThreadPoolFloorScopeTests
{
    [Fact]
    public void A_minimum_no_larger_than_the_busy_workers_is_raised_for_the_scope_and_put_back()
    {
        // This test's own thread is busy, so a minimum of one leaves no worker free.
        var after = WithWorkerMinimum(1, io =>
        {
            using var floor = ThreadPoolFloor.Raise();
            Assert.NotNull(floor);
            ThreadPool.GetMinThreads(out var raised, out var ioDuring);
            Assert.True(raised >= 2, $"minimum {raised}");
            Assert.Equal(io, ioDuring);
        });

        Assert.Equal(1, after);
    }

    [Fact]
    public void A_minimum_that_leaves_workers_free_is_left_alone()
    {
        var after = WithWorkerMinimum(1000, _ =>
        {
            using var floor = ThreadPoolFloor.Raise();
            Assert.Null(floor);
        });

        Assert.Equal(1000, after);
    }

    [Fact]
    public void A_minimum_changed_by_someone_else_during_the_scope_is_kept()
    {
        var after = WithWorkerMinimum(1, io =>
        {
            using (ThreadPoolFloor.Raise())
            {
                Assert.True(ThreadPool.SetMinThreads(50, io));
            }
        });

        Assert.Equal(50, after);
    }

    // Runs body with the pool's worker minimum set to minimum; returns the minimum body left; restores the original.
    private static int WithWorkerMinimum(int minimum, Action<int> body)
    {
        ThreadPool.GetMinThreads(out var original, out var io);
        try
        {
            Assert.True(ThreadPool.SetMinThreads(minimum, io));
            body(io);
            ThreadPool.GetMinThreads(out var after, out _);
            return after;
        }
        finally
        {
            ThreadPool.SetMinThreads(original, io);
        }
    }
}
