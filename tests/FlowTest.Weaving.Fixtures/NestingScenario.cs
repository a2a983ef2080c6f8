using System;
using System.Threading.Tasks;

namespace FlowTest.Weaving.Fixtures;

/// <summary>Woven calls inside a hand-started flow nest under it; async kickoffs give the caller its flow back.</summary>
public static class NestingScenario
{
    public static async Task Run()
    {
        using (Flow.Start("outer"))
        {
            SyncShapes.StaticVoid();
            var pending = AsyncShapes.DelayAsync(20);
            Console.WriteLine("current-after-kickoff=" + Flow.Current?.Name);
            await pending;
            Console.WriteLine("current-after-await=" + Flow.Current?.Name);
            Console.WriteLine("inner-sees=" + NestingProbe.CurrentName());
        }
    }
}
