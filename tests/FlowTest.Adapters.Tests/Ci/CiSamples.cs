namespace FlowTest.Adapters.Tests.Ci;

/// <summary>The generated test projects of the CI end-to-end run: one failing test each, at known lines.</summary>
internal static class CiSamples
{
    public const string XunitTests = """
        namespace XunitCi;

        public class OrderTests
        {
            [Xunit.Fact]
            public void Accepts_an_order()
            {
            }

            [Xunit.Fact]
            public void Rejects_an_empty_order() => throw new System.InvalidOperationException("order 7: no lines, 100% empty");
        }
        """;

    public const string NUnitTests = """
        namespace NUnitCi;

        public class StockTests
        {
            [NUnit.Framework.Test]
            public void Reserves_stock() => throw new System.ArgumentException("sku-3 has 0 left");
        }
        """;
}
