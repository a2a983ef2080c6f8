using System;
using System.Runtime.CompilerServices;

namespace FlowTest.Weaving.Fixtures;

/// <summary>Exceptions escaping woven methods: thrown in the method itself and deeper down.</summary>
public static class ExceptionShapes
{
    public static Exception? LastThrown { get; private set; }

    [Flow]
    public static int ThrowsHere(int x)
    {
        if (x > 0)
        {
            LastThrown = new InvalidOperationException("thrown here");
            throw LastThrown;
        }

        return x;
    }

    [Flow]
    public static void ThrowsDeeper() => Helper();

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Helper()
    {
        LastThrown = new ArgumentException("thrown deeper");
        throw LastThrown;
    }
}
