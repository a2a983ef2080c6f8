namespace FlowTest.Weaving.Fixtures;

/// <summary>Reports which flow is current inside a woven method.</summary>
public static class NestingProbe
{
    [Flow("probe/current")]
    public static string? CurrentName() => Flow.Current?.Name;
}
