using System.Collections.Generic;

namespace FlowTest.Build.Tests.EndToEnd;

/// <summary>Source files of the consumer projects; line numbers matter to the tests that name them.</summary>
internal static class ConsumerSources
{
    /// <summary>Line of <c>throw</c> in <see cref="OrdersThatThrow"/>.</summary>
    public const int ThrowLine = 13;

    /// <summary>A program that calls one <c>[Flow]</c> method and prints the result.</summary>
    public static IReadOnlyDictionary<string, string> Orders => new Dictionary<string, string>
    {
        ["Program.cs"] = """
            using FlowTest;

            namespace Shop;

            public static class Program
            {
                public static int Main()
                {
                    System.Console.WriteLine("submitted " + new Orders().Submit(7));
                    return 0;
                }
            }

            public sealed class Orders
            {
                [Flow("orders/submit")]
                public int Submit(int orderId)
                {
                    return orderId * 2;
                }
            }
            """,
    };

    /// <summary>A <c>[Flow]</c> method that throws at <see cref="ThrowLine"/>; Main prints the stack trace.</summary>
    public static IReadOnlyDictionary<string, string> OrdersThatThrow => new Dictionary<string, string>
    {
        ["Orders.cs"] = """
            using System;
            using FlowTest;

            namespace Shop;

            public sealed class Orders
            {
                [Flow("orders/submit")]
                public int Submit(int orderId)
                {
                    if (orderId > 0)
                    {
                        throw new InvalidOperationException("order " + orderId + " rejected");
                    }

                    return orderId;
                }
            }
            """,
        ["Program.cs"] = """
            using System;

            namespace Shop;

            public static class Program
            {
                public static int Main()
                {
                    try
                    {
                        new Orders().Submit(7);
                        return 1;
                    }
                    catch (InvalidOperationException error)
                    {
                        Console.WriteLine(error.StackTrace);
                        return 0;
                    }
                }
            }
            """,
    };
}
