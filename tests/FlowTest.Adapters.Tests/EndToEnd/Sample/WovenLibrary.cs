namespace FlowTest.Adapters.Tests.EndToEnd.Sample;

/// <summary>
/// The generated library both sample test projects call: <c>[Flow]</c> methods woven at build time
/// because the project references the packed FlowTest package, as samples/Shop does.
/// </summary>
internal static class WovenLibrary
{
    public const string ProjectPath = "Pricing/Pricing.csproj";

    /// <summary>The element the test projects add to reference the library.</summary>
    public const string Reference = """<ProjectReference Include="../Pricing/Pricing.csproj" />""";

    public static string Project(string version) => SampleProjectFile.Create(SampleProjectFile.Package("FlowTest", version));

    public const string Source = """
        using System.Threading.Tasks;
        using FlowTest;

        namespace Pricing;

        public static class PriceList
        {
            [Flow("pricing/quote")]
            public static decimal Quote(int items, decimal unitPrice)
            {
                Flow.Checkpoint("priced");
                return items * unitPrice;
            }

            // Awaits before calling Quote: the flow context must survive the continuation.
            [Flow("pricing/quote-async")]
            public static async Task<decimal> QuoteAsync(int items)
            {
                await Task.Yield();
                return Quote(items, 2m);
            }
        }
        """;
}
