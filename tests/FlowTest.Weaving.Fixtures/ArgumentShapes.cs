using System;

namespace FlowTest.Weaving.Fixtures;

/// <summary>Argument capture of issue 3 point 7.</summary>
public static class ArgumentShapes
{
    [Flow]
    public static void Login(string user, string password, [Redact] string pin, [NoTrace] string ignored)
    {
        _ = user.Length + password.Length + pin.Length + ignored.Length;
    }

    [Flow]
    public static void ByReference(ref int counter, out int produced, in int limit)
    {
        counter++;
        produced = limit * 2;
    }

    [Flow]
    public static int SumSpan(Span<int> values, ReadOnlySpan<char> label)
    {
        var sum = 0;
        foreach (var value in values)
        {
            sum += value;
        }

        return sum + label.Length;
    }

    [Flow]
    public static unsafe int ReadPointer(int* value) => *value;

    [Flow(CaptureReturnValue = true)]
    public static string Captured(int id) => "order-" + id;

    [Flow(CaptureArguments = false)]
    public static void NotCaptured(int secretNumber)
    {
        _ = secretNumber;
    }

    [Flow(Tags = new[] { "team=payments", "critical" })]
    public static void Tagged()
    {
    }
}
