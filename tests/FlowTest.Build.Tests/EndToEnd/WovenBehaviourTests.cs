using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using FlowTest.Build.Tests.Infrastructure;

namespace FlowTest.Build.Tests.EndToEnd;

[Collection(PackedFeedCollection.Name)]
public sealed class WovenBehaviourTests
{
    private readonly PackedFlowTestFeed _feed;

    public WovenBehaviourTests(PackedFlowTestFeed feed)
    {
        _feed = feed;
    }

    [Fact]
    public void Flow_method_of_a_package_consumer_is_recorded_with_its_repo_relative_source_file()
    {
        var project = ConsumerProject.Create(_feed, "Recorded", ConsumerSources.Orders);
        var build = project.Build();
        Assert.True(build.Succeeded, build.Describe());
        var artifacts = project.NewArtifactsDirectory();

        var run = project.Run(artifacts);

        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.Contains("submitted 14", run.Output, System.StringComparison.Ordinal);
        Assert.True(AssemblyInspection.IsWoven(project.BinAssembly));
        var events = ConsumerProject.TraceLines(artifacts).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        var started = Assert.Single(events, e => Event(e) == "flow.started" && Text(e, "flow") == "orders/submit");
        // No .git above the temp project: paths are relative to the project folder.
        Assert.Equal("Program.cs", started.GetProperty("code").GetProperty("file").GetString());
        Assert.Single(events, e => Event(e) == "flow.ended" && Text(e, "flow") == "orders/submit");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Source_file_in_events_is_relative_to_the_git_repository_root(bool continuousIntegrationBuild)
    {
        // A real repository (SourceLink reads it in every SDK build; CI builds map paths to /_/).
        var repository = Path.Combine(_feed.ConsumersDirectory, "repo-" + System.Guid.NewGuid().ToString("N")[..8]);
        var projectDirectory = Path.Combine(repository, "src", "Shop");
        var project = ConsumerProject.Create(_feed, "InRepository", ConsumerSources.Orders,
            new Dictionary<string, string> { ["ContinuousIntegrationBuild"] = continuousIntegrationBuild ? "true" : "false" },
            directory: projectDirectory);
        foreach (var git in new[] { "init -q", "-c user.email=t@example.com -c user.name=t commit -q --allow-empty -m init" })
        {
            var result = ToolProcess.Run(repository, "git", git);
            Assert.True(result.ExitCode == 0, result.Describe());
        }

        var build = project.Build();
        Assert.True(build.Succeeded, build.Describe());
        var artifacts = project.NewArtifactsDirectory();
        var run = project.Run(artifacts);

        Assert.True(run.ExitCode == 0, run.Describe());
        var started = ConsumerProject.TraceLines(artifacts).Select(line => JsonDocument.Parse(line).RootElement)
            .Single(e => Event(e) == "flow.started");
        Assert.Equal("src/Shop/Program.cs", started.GetProperty("code").GetProperty("file").GetString());
    }

    [Fact]
    public void Flow_method_without_FlowTestWeave_is_not_recorded()
    {
        var project = ConsumerProject.Create(_feed, "NotWoven", ConsumerSources.Orders,
            new Dictionary<string, string> { ["FlowTestWeave"] = "false" });
        var build = project.Build();
        Assert.True(build.Succeeded, build.Describe());
        var artifacts = project.NewArtifactsDirectory();

        var run = project.Run(artifacts);

        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.Equal(1, build.Log.ExecutionsOf("CoreCompile"));
        Assert.True(build.Log.NeverEntered("FlowTestWeaveAssembly"));
        Assert.False(AssemblyInspection.IsWoven(project.BinAssembly));
        Assert.DoesNotContain(ConsumerProject.TraceLines(artifacts), line => line.Contains("orders/submit", System.StringComparison.Ordinal));
    }

    private static string? Event(JsonElement line) => Text(line, "event");

    private static string? Text(JsonElement line, string name) =>
        line.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
