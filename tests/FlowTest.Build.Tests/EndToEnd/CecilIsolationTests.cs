using System.IO;
using System.Text.RegularExpressions;
using FlowTest.Build.Tests.Infrastructure;

namespace FlowTest.Build.Tests.EndToEnd;

/// <summary>
/// Another build tool with its own Mono.Cecil (as coverlet or Fody bring) runs in the same build,
/// before and after FlowTest's task: each must load its own Cecil, and both must work.
/// </summary>
[Collection(PackedFeedCollection.Name)]
public sealed class CecilIsolationTests
{
    private const string OtherCecilVersion = "0.11.5";
    private readonly PackedFlowTestFeed _feed;

    public CecilIsolationTests(PackedFlowTestFeed feed)
    {
        _feed = feed;
    }

    [Fact]
    public void Weaving_task_loads_its_own_Mono_Cecil_beside_another_task_using_a_different_version()
    {
        var otherTool = BuildOtherCecilTask();
        var usesOtherTool = $"""
              <UsingTask TaskName="OtherTool.ReadWithCecil" AssemblyFile="{otherTool}" />
              <Target Name="OtherToolBeforeCompile" BeforeTargets="CoreCompile">
                <ReadWithCecil AssemblyPath="@(ReferencePath->WithMetadataValue('Filename', 'FlowTest'))" />
              </Target>
              <Target Name="OtherToolAfterWeaving" AfterTargets="_FlowTestWeaveAfterCompile">
                <ReadWithCecil AssemblyPath="@(IntermediateAssembly->'%(FullPath)')" />
              </Target>
            """;
        var project = ConsumerProject.Create(_feed, "CecilNeighbour", ConsumerSources.Orders, extraProjectXml: usesOtherTool);

        var build = project.Build();

        Assert.True(build.Succeeded, build.Describe());
        Assert.True(AssemblyInspection.IsWoven(project.BinAssembly));
        var other = Regex.Matches(build.Log.Text, @"OtherTool: read \d+ types of \S+ with Mono\.Cecil (?<version>[\d.]+) from (?<path>\S+)");
        Assert.Equal(2, other.Count);
        Assert.All(other, match => Assert.Equal(OtherCecilVersion + ".0", match.Groups["version"].Value));
        Assert.All(other, match => Assert.StartsWith(Path.GetDirectoryName(otherTool)!, match.Groups["path"].Value, System.StringComparison.Ordinal));
        var ours = Regex.Match(build.Log.Text, @"Mono\.Cecil, Version=(?<version>[\d.]+), [^']*from '(?<path>[^']+)'");
        Assert.True(ours.Success, "the weaving task did not report which Mono.Cecil it loaded");
        Assert.NotEqual(OtherCecilVersion + ".0", ours.Groups["version"].Value);
        // The package's own copy: the IL task folder, or its ReadyToRun twin for this runtime and machine.
        Assert.Matches(@"[/\\]tasks[/\\]net8\.0(-readytorun[/\\][^/\\]+)?[/\\]Mono\.Cecil\.dll$", ours.Groups["path"].Value);
    }

    private string BuildOtherCecilTask()
    {
        var directory = Path.Combine(_feed.ConsumersDirectory, "OtherTool-" + System.Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "OtherTool.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <!-- The SDK's own Microsoft.Build.Framework is referenced, so the tool targets the SDK's runtime. -->
                <TargetFramework>net10.0</TargetFramework>
                <CopyLocalLockFileAssemblies>true</CopyLocalLockFileAssemblies>
                <ImplicitUsings>disable</ImplicitUsings>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Mono.Cecil" Version="{OtherCecilVersion}" />
                <Reference Include="$(MSBuildBinPath)/Microsoft.Build.Framework.dll" Private="false" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(directory, "ReadWithCecil.cs"), """
            using Microsoft.Build.Framework;
            using Mono.Cecil;

            namespace OtherTool;

            public sealed class ReadWithCecil : ITask
            {
                public IBuildEngine BuildEngine { get; set; } = null!;

                public ITaskHost HostObject { get; set; } = null!;

                [Required]
                public string AssemblyPath { get; set; } = "";

                public bool Execute()
                {
                    using var module = ModuleDefinition.ReadModule(AssemblyPath);
                    var cecil = typeof(ModuleDefinition).Assembly;
                    var text = "OtherTool: read " + module.Types.Count + " types of " + System.IO.Path.GetFileName(AssemblyPath)
                        + " with Mono.Cecil " + cecil.GetName().Version + " from " + cecil.Location;
                    BuildEngine.LogMessageEvent(new BuildMessageEventArgs(text, null, "OtherTool", MessageImportance.High));
                    return true;
                }
            }
            """);
        var build = DotnetCli.Run(directory, _feed.Environment, "build", "-c", "Release", "-nodeReuse:false", "-tl:off", "-v:m");
        Assert.True(build.ExitCode == 0, build.Describe());
        return Path.Combine(directory, "bin", "Release", "net10.0", "OtherTool.dll");
    }
}
