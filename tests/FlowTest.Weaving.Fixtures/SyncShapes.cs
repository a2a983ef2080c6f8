using System;

namespace FlowTest.Weaving.Fixtures;

/// <summary>Synchronous shapes of issue 3 point 5.</summary>
public class SyncShapes
{
    private int _calls;

    [Flow]
    public static void StaticVoid()
    {
        Console.WriteLine("static-void");
    }

    [Flow]
    public int InstanceValue(int x)
    {
        _calls++;
        return x * 2;
    }

    [Flow("sync/reference")]
    public static string ReferenceReturn(string name) => "hello " + name;

    [Flow]
    public static string MultipleReturns(int x)
    {
        if (x < 0)
        {
            return "negative";
        }

        if (x == 0)
        {
            return "zero";
        }

        for (var i = 0; i < 10; i++)
        {
            if (i == x)
            {
                return "small";
            }
        }

        return "large";
    }

    [Flow]
    public static int TryCatchFinallyInside(int x)
    {
        var result = 0;
        try
        {
            if (x > 0)
            {
                throw new InvalidOperationException("handled inside");
            }

            result = 1;
        }
        catch (InvalidOperationException)
        {
            result = 2;
        }
        finally
        {
            result += 10;
        }

        return result;
    }

    [Flow]
    public static int Factorial(int n) => n <= 1 ? 1 : n * Factorial(n - 1);

    [Flow]
    public static T Echo<T>(T value) => value;

    public int Calls => _calls;
}
