using System.Collections.Generic;
using FlowTest.Ci;

namespace FlowTest.Tests.Ci;

public sealed class CiCommandsTests
{
    private static readonly CiAnnotation Failure = new("src/Shop/Orders.cs", 42, "orders/submit: DATA.EMPTY", "no candles for AAPL");

    [Fact]
    public void A_github_error_names_file_line_and_title()
    {
        Assert.Equal(
            "::error file=src/Shop/Orders.cs,line=42,title=orders/submit%3A DATA.EMPTY::no candles for AAPL",
            GitHubWorkflowCommands.Error(Failure));
    }

    [Fact]
    public void Github_escapes_percent_and_line_breaks_in_data_and_also_colon_and_comma_in_properties()
    {
        var annotation = new CiAnnotation("src/a,b:c.cs", 1, "t: 100%,\r\n", "50% done\r\nnext: line, more");

        Assert.Equal(
            "::error file=src/a%2Cb%3Ac.cs,line=1,title=t%3A 100%25%2C%0D%0A::50%25 done%0D%0Anext: line, more",
            GitHubWorkflowCommands.Error(annotation));
    }

    [Fact]
    public void A_github_error_without_a_location_leaves_the_properties_out()
    {
        Assert.Equal("::error title=x::boom", GitHubWorkflowCommands.Error(new CiAnnotation(null, null, "x", "boom")));
    }

    [Fact]
    public void An_azure_issue_names_source_path_and_line_number()
    {
        Assert.Equal(
            "##vso[task.logissue type=error;sourcepath=src/Shop/Orders.cs;linenumber=42]orders/submit: DATA.EMPTY: no candles for AAPL",
            AzurePipelinesCommands.LogError(Failure));
    }

    [Fact]
    public void Azure_escapes_percent_line_breaks_and_the_property_delimiters()
    {
        var annotation = new CiAnnotation("src/x;y].cs", 3, "t", "100%\nok]");

        Assert.Equal(
            "##vso[task.logissue type=error;sourcepath=src/x%3By%5D.cs;linenumber=3]t: 100%AZP25%0Aok]",
            AzurePipelinesCommands.LogError(annotation));
    }

    [Fact]
    public void Azure_uploads_the_summary_and_the_run_directory_as_a_named_artifact()
    {
        var lines = CiReporter.Lines(new CiEnvironment(CiProvider.AzurePipelines, null), "20261122T100000Z-a1b2c3", "/w/.flowtest/runs/20261122T100000Z-a1b2c3", "/w/.flowtest/runs/20261122T100000Z-a1b2c3/summary.md", new List<CiAnnotation>());

        Assert.Equal(
            new[]
            {
                "##vso[task.uploadsummary]/w/.flowtest/runs/20261122T100000Z-a1b2c3/summary.md",
                "##vso[artifact.upload containerfolder=flowtest;artifactname=flowtest-20261122T100000Z-a1b2c3]/w/.flowtest/runs/20261122T100000Z-a1b2c3",
            },
            lines);
    }

    [Fact]
    public void Outside_ci_nothing_is_printed()
    {
        Assert.Empty(CiReporter.Lines(new CiEnvironment(CiProvider.None, null), "r", "/d", "/d/summary.md", new[] { Failure }));
    }

    [Theory]
    [InlineData("true", null, "GitHubActions")]
    [InlineData(null, "True", "AzurePipelines")]
    [InlineData(null, null, "None")]
    [InlineData("false", "false", "None")]
    public void The_provider_comes_from_its_own_variable(string? githubActions, string? tfBuild, string expected)
    {
        var environment = CiEnvironment.Detect(name => name switch
        {
            "GITHUB_ACTIONS" => githubActions,
            "TF_BUILD" => tfBuild,
            "GITHUB_STEP_SUMMARY" => "/tmp/summary",
            _ => null,
        });

        Assert.Equal(expected, environment.Provider.ToString());
    }
}
