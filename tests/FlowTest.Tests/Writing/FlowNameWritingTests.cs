using System.Linq;
using System.Text.RegularExpressions;
using FlowTest.Tests.Infrastructure;

namespace FlowTest.Tests.Writing;

/// <summary>Test flows' names skip the writer's name cache (one name per test); the bytes written must not tell.</summary>
public sealed class FlowNameWritingTests
{
    [Theory]
    [InlineData("Shop.Tests/Adds")]
    [InlineData("Shop.Tests/Adds(\"quoted\", \\back\\, tab\t, <html>&)")]
    [InlineData("Boutique.Tests/Ajoute_un_café_😀")]
    public void A_test_flow_name_is_written_exactly_as_the_same_name_of_any_other_flow(string name)
    {
        using var recorder = new TestRecorder();
        foreach (var source in new[] { "api", "nunit", "xunit", "api" })
        {
            recorder.Recorder.StartFlow(name, source, null, "M", "/repo/src/File.cs", 1).Dispose();
        }

        var written = recorder.Flushed().Lines
            .Select(line => Regex.Match(line, "\"flow\":(\"(?:[^\"\\\\]|\\\\.)*\")").Groups[1].Value)
            .ToList();

        Assert.Equal(8, written.Count);
        Assert.All(written, flow => Assert.Equal(written[0], flow));
        Assert.Equal(name, System.Text.Json.JsonSerializer.Deserialize<string>(written[0]));
    }
}
