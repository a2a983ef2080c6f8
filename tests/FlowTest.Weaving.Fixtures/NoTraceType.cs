using System;

namespace FlowTest.Weaving.Fixtures;

/// <summary>A [NoTrace] type: even its [Flow] methods stay unwoven.</summary>
[NoTrace]
public static class NoTraceType
{
    [Flow]
    public static void AlsoSkipped() => Console.WriteLine("also skipped ran");
}
