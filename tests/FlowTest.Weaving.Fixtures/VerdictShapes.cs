namespace FlowTest.Weaving.Fixtures;

/// <summary>Verdicts from return values (SPEC §4).</summary>
public static class VerdictShapes
{
    [Flow(ExitCode = true)]
    public static int ExitZero() => 0;

    [Flow(ExitCode = true)]
    public static int ExitTwo() => 2;

    [Flow]
    public static int PlainIntTwo() => 2;

    [Flow]
    public static OperationResult ResultFalse() => new(false);

    [Flow]
    public static StatusResult StatusFailed() => new("Failed");

    [Flow]
    public static StatusResult StatusOk() => new("ok");

    [Flow]
    public static ErrorResult ErrorTrue() => new(true);

    [Flow]
    public static bool PlainFalse() => false;
}
