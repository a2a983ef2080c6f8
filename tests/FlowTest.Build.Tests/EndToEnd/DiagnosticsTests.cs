using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.RegularExpressions;
using FlowTest.Build.Tests.Infrastructure;

namespace FlowTest.Build.Tests.EndToEnd;

[Collection(PackedFeedCollection.Name)]
public sealed class DiagnosticsTests
{
    private const int AbstractMemberLine = 8;
    private readonly PackedFlowTestFeed _feed;

    public DiagnosticsTests(PackedFlowTestFeed feed)
    {
        _feed = feed;
    }

    [Fact]
    public void Flow_on_an_abstract_member_is_FT0001_in_canonical_msbuild_form_at_the_member_line()
    {
        var sources = new Dictionary<string, string>(ConsumerSources.Orders)
        {
            ["Shapes.cs"] = """
                using FlowTest;

                namespace Shop;

                public abstract class Shape
                {
                    [Flow]
                    public abstract double Area();

                    [Flow]
                    public double Twice() => Area() * 2;
                }
                """,
        };
        var project = ConsumerProject.Create(_feed, "Abstract", sources);

        var build = project.Build();

        var pattern = new Regex(@"Shapes\.cs\((?<line>\d+)(,\d+)?\): (warning|error) FT0001: .*Shape\.Area", RegexOptions.CultureInvariant);
        var match = pattern.Match(build.Process.Output);
        Assert.True(match.Success, build.Describe());
        Assert.Equal(AbstractMemberLine, int.Parse(match.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Failed_weave_fails_the_next_build_too_instead_of_shipping_the_unwoven_assembly()
    {
        // A target that garbles the PDB just before weaving, while the property is set, makes the weave fail.
        const string breakSymbols = """
              <Target Name="GarbleSymbolsBeforeWeaving" BeforeTargets="FlowTestWeaveAssembly" Condition="'$(GarbleSymbols)' == 'true'">
                <WriteLinesToFile File="@(IntermediateAssembly->'%(RootDir)%(Directory)%(Filename).pdb')" Lines="not a pdb" Overwrite="true" />
              </Target>
            """;
        var project = ConsumerProject.Create(_feed, "FailedWeave", ConsumerSources.Orders, extraProjectXml: breakSymbols);

        var first = project.Build("-p:GarbleSymbols=true");
        var second = project.Build();

        Assert.False(first.Succeeded, first.Describe());
        Assert.Matches(@"error FT\d{4}: ", first.Process.Output);
        Assert.False(second.Succeeded, "the second build treated the unwoven assembly as up to date:\n" + second.Describe());
        Assert.Equal(1, second.Log.ExecutionsOf("FlowTestWeaveAssembly"));
        Assert.DoesNotContain("   at ", first.Process.Output, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Weaver_that_cannot_be_loaded_is_one_FT0100_error_without_a_stack_dump()
    {
        // The package's task folder without FlowTest.Weaving.dll, as a broken install would leave it.
        var taskFolder = Path.Combine(_feed.Root, "broken-task-" + System.Guid.NewGuid().ToString("N")[..6]);
        Directory.CreateDirectory(taskFolder);
        using (var package = ZipFile.OpenRead(Path.Combine(_feed.FeedDirectory, $"FlowTest.{_feed.Version}.nupkg")))
        {
            foreach (var entry in package.Entries.Where(e => e.FullName.StartsWith("tasks/net8.0/", System.StringComparison.Ordinal) && e.Name != "FlowTest.Weaving.dll"))
            {
                entry.ExtractToFile(Path.Combine(taskFolder, entry.Name));
            }
        }

        var project = ConsumerProject.Create(_feed, "BrokenTask", ConsumerSources.Orders,
            new Dictionary<string, string> { ["FlowTestTaskAssembly"] = Path.Combine(taskFolder, "FlowTest.Build.dll") });

        var build = project.Build();

        Assert.False(build.Succeeded, build.Describe());
        var errors = Regex.Matches(build.Process.Output, @"error (?<code>[A-Z]+\d+): (?<message>[^\n]*)").Select(m => m.Groups["code"].Value).Distinct().ToList();
        Assert.Equal(new[] { "FT0100" }, errors);
        Assert.Contains("FlowTest.Weaving", build.Process.Output, System.StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", build.Process.Output, System.StringComparison.Ordinal);
    }
}
