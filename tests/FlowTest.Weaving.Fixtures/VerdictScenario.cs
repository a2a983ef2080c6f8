using System;

namespace FlowTest.Weaving.Fixtures;

/// <summary>Calls each verdict shape once.</summary>
public static class VerdictScenario
{
    public static void Run()
    {
        Console.WriteLine("exit=" + VerdictShapes.ExitZero() + "," + VerdictShapes.ExitTwo() + ",plain=" + VerdictShapes.PlainIntTwo());
        Console.WriteLine("result=" + VerdictShapes.ResultFalse().IsSuccess);
        Console.WriteLine("status=" + VerdictShapes.StatusFailed().Status + "," + VerdictShapes.StatusOk().Status);
        Console.WriteLine("error=" + VerdictShapes.ErrorTrue().IsError + ",bool=" + VerdictShapes.PlainFalse());
    }
}
