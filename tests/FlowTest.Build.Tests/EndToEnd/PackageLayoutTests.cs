using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using FlowTest.Build.Tests.Infrastructure;

namespace FlowTest.Build.Tests.EndToEnd;

[Collection(PackedFeedCollection.Name)]
public sealed class PackageLayoutTests
{
    private readonly PackedFlowTestFeed _feed;

    public PackageLayoutTests(PackedFlowTestFeed feed)
    {
        _feed = feed;
    }

    [Fact]
    public void Package_holds_build_files_and_a_self_contained_task_folder_per_msbuild_runtime()
    {
        using var package = ZipFile.OpenRead(Path.Combine(_feed.FeedDirectory, $"FlowTest.{_feed.Version}.nupkg"));
        var entries = package.Entries.Select(entry => entry.FullName).ToHashSet(StringComparer.Ordinal);
        var nuspec = new StreamReader(package.Entries.Single(entry => entry.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open()).ReadToEnd();

        foreach (var file in new[] { "build/FlowTest.props", "build/FlowTest.targets", "buildTransitive/FlowTest.props", "buildTransitive/FlowTest.targets" })
        {
            Assert.Contains(file, entries);
        }

        foreach (var framework in new[] { "net8.0", "netstandard2.0" })
        {
            Assert.Contains($"tasks/{framework}/FlowTest.Build.dll", entries);
            Assert.Contains($"tasks/{framework}/FlowTest.Weaving.dll", entries);
            Assert.Contains($"tasks/{framework}/Mono.Cecil.dll", entries);
        }

        // MSBuild's own assemblies must come from the running MSBuild, never from the package.
        Assert.DoesNotContain(entries, entry => entry.StartsWith("tasks/", StringComparison.Ordinal) && entry.Contains("/Microsoft.Build", StringComparison.Ordinal));
        Assert.DoesNotContain("Mono.Cecil", nuspec, StringComparison.Ordinal);
        Assert.DoesNotContain("FlowTest.Build", nuspec, StringComparison.Ordinal);
    }

    [Fact]
    public void Package_carries_a_ReadyToRun_twin_of_the_net8_task_for_the_runtime_and_machine_that_packed_it()
    {
        using var package = ZipFile.OpenRead(Path.Combine(_feed.FeedDirectory, $"FlowTest.{_feed.Version}.nupkg"));
        var ilTask = package.Entries.Where(e => e.FullName.StartsWith("tasks/net8.0/", StringComparison.Ordinal)).Select(e => e.Name).ToList();
        var twins = package.Entries.Where(e => e.FullName.StartsWith("tasks/net8.0-readytorun/", StringComparison.Ordinal)).ToList();
        var rid = RuntimeInformation.RuntimeIdentifier;
        if (rid is not ("linux-x64" or "linux-arm64" or "win-x64" or "win-arm64" or "osx-x64" or "osx-arm64"))
        {
            // Platforms crossgen2 is not run for keep the IL task only.
            Assert.Empty(twins);
            return;
        }

        // The packing SDK runs on the same runtime major version as this test host (global.json).
        var folder = $"tasks/net8.0-readytorun/net{Environment.Version.Major}-{rid}/";
        Assert.All(twins, entry => Assert.StartsWith(folder, entry.FullName, StringComparison.Ordinal));
        Assert.Equal(ilTask.OrderBy(n => n, StringComparer.Ordinal), twins.Select(e => e.Name).OrderBy(n => n, StringComparer.Ordinal));
        foreach (var twin in twins)
        {
            using var image = new MemoryStream();
            using (var entry = twin.Open())
            {
                entry.CopyTo(image);
            }

            image.Position = 0;
            using var reader = new PEReader(image);
            Assert.True(reader.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0, twin.FullName + " carries no ReadyToRun code");
        }
    }

    [Fact]
    public void Consumer_weaves_with_the_ReadyToRun_task_when_it_matches_and_with_the_IL_task_when_FlowTestReadyToRunTask_is_false()
    {
        var precompiled = ConsumerProject.Create(_feed, "ReadyToRunTask", ConsumerSources.Orders);
        var il = ConsumerProject.Create(_feed, "IlTask", ConsumerSources.Orders,
            new Dictionary<string, string> { ["FlowTestReadyToRunTask"] = "false" });

        var precompiledBuild = precompiled.Build();
        var ilBuild = il.Build();

        Assert.True(precompiledBuild.Succeeded, precompiledBuild.Describe());
        Assert.True(ilBuild.Succeeded, ilBuild.Describe());
        Assert.True(AssemblyInspection.IsWoven(precompiled.BinAssembly));
        Assert.True(AssemblyInspection.IsWoven(il.BinAssembly));
        var twins = Path.Combine(_feed.PackagesDirectory, "flowtest", _feed.Version.ToLowerInvariant(), "tasks", "net8.0-readytorun");
        if (Directory.Exists(twins))
        {
            Assert.Contains(Path.Combine("tasks", "net8.0-readytorun") + Path.DirectorySeparatorChar, precompiledBuild.Log.Text, StringComparison.Ordinal);
        }

        Assert.Contains(Path.Combine("tasks", "net8.0", "Mono.Cecil.dll"), ilBuild.Log.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(Path.Combine("tasks", "net8.0-readytorun"), ilBuild.Log.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Netstandard_task_folder_weaves_as_well_as_the_net8_one()
    {
        var netstandardTask = Path.Combine(_feed.PackagesDirectory, "flowtest", _feed.Version.ToLowerInvariant(), "tasks", "netstandard2.0", "FlowTest.Build.dll");
        var project = ConsumerProject.Create(_feed, "NetstandardTask", ConsumerSources.Orders,
            new Dictionary<string, string> { ["FlowTestTaskAssembly"] = netstandardTask });

        var build = project.Build();

        Assert.True(build.Succeeded, build.Describe());
        Assert.Contains(Path.Combine("tasks", "netstandard2.0", "Mono.Cecil.dll"), build.Log.Text, StringComparison.Ordinal);
        Assert.True(AssemblyInspection.IsWoven(project.BinAssembly));
    }

    [Fact]
    public void Project_getting_FlowTest_through_a_project_reference_weaves_its_own_flows()
    {
        var library = ConsumerProject.Create(_feed, "Library", new Dictionary<string, string>
        {
            ["Inventory.cs"] = """
                using FlowTest;

                namespace Shop;

                public sealed class Inventory
                {
                    [Flow("inventory/reserve")]
                    public int Reserve(int count) => count;
                }
                """,
        }, new Dictionary<string, string> { ["OutputType"] = "Library" });
        var app = ConsumerProject.Create(_feed, "TransitiveApp", new Dictionary<string, string>
        {
            ["Program.cs"] = """
                using FlowTest;

                namespace Shop;

                public static class Program
                {
                    public static int Main() => new Checkout().Pay(new Inventory().Reserve(2)) == 2 ? 0 : 1;
                }

                public sealed class Checkout
                {
                    [Flow("checkout/pay")]
                    public int Pay(int items) => items;
                }
                """,
        }, includeFlowTestPackage: false, extraProjectXml: $"""
              <ItemGroup>
                <ProjectReference Include="{Path.Combine(library.Directory, "Library.csproj")}" />
              </ItemGroup>
            """);

        var build = app.Build();

        Assert.True(build.Succeeded, build.Describe());
        Assert.True(AssemblyInspection.IsWoven(app.BinAssembly), "the app's own [Flow] method was not woven");
        Assert.True(AssemblyInspection.IsWoven(Path.Combine(Path.GetDirectoryName(app.BinAssembly)!, "Library.dll")));
    }
}
