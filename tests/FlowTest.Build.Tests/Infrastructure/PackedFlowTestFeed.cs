using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace FlowTest.Build.Tests.Infrastructure;

/// <summary>
/// Collection fixture: packs FlowTest (runtime, build files and weaving task) once per test run into a
/// temporary local feed, under a version no earlier run used, with a NuGet cache of its own for consumers.
/// </summary>
public sealed class PackedFlowTestFeed : IDisposable
{
    /// <summary>Creates the feed; throws with the pack output when packing fails.</summary>
    public PackedFlowTestFeed()
    {
        Root = Path.Combine(Path.GetTempPath(), "flowtest-build-tests-" + Guid.NewGuid().ToString("N")[..12]);
        FeedDirectory = Path.Combine(Root, "feed");
        PackagesDirectory = Path.Combine(Root, "packages");
        Version = "0.1.0-e2e." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        Directory.CreateDirectory(FeedDirectory);
        Directory.CreateDirectory(PackagesDirectory);

        var sources = Path.Combine(Root, "repo");
        RepositoryCopy.CopyPackingInputs(RepositoryCopy.FindRoot(), sources);
        var pack = DotnetCli.Run(sources, new Dictionary<string, string>(),
            "pack", Path.Combine("src", "FlowTest", "FlowTest.csproj"), "-c", "Release", "-o", FeedDirectory,
            "-p:Version=" + Version, "-nodeReuse:false", "-tl:off");
        if (pack.ExitCode != 0)
        {
            throw new InvalidOperationException("Packing FlowTest failed. " + pack.Describe());
        }

        WriteConsumerIsolationFiles();
    }

    /// <summary>Everything this fixture and its consumers write lives under this temp folder.</summary>
    public string Root { get; }

    /// <summary>The local feed holding <c>FlowTest.&lt;Version&gt;.nupkg</c>.</summary>
    public string FeedDirectory { get; }

    /// <summary>The NuGet packages folder consumers restore into (never the machine-wide one).</summary>
    public string PackagesDirectory { get; }

    /// <summary>The package version packed for this run.</summary>
    public string Version { get; }

    /// <summary>Where consumer projects are created; its nuget.config and empty Directory.*.props apply to them.</summary>
    public string ConsumersDirectory => Path.Combine(Root, "consumers");

    /// <summary>Environment for every consumer command.</summary>
    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>
    {
        ["NUGET_PACKAGES"] = PackagesDirectory,
    };

    /// <inheritdoc />
    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A process still holding a file must not fail the run; the temp folder is cleaned by the OS.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private void WriteConsumerIsolationFiles()
    {
        Directory.CreateDirectory(ConsumersDirectory);
        // The machine's package folder serves as a read-only feed so restores need no network for known packages.
        var machinePackages = System.Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        File.WriteAllText(Path.Combine(ConsumersDirectory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="flowtest-e2e" value="{FeedDirectory}" />
                <add key="machine-cache" value="{machinePackages}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
              </packageSources>
            </configuration>
            """);
        // Stop MSBuild from picking up any Directory.*.props above the temp folder.
        File.WriteAllText(Path.Combine(ConsumersDirectory, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(ConsumersDirectory, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(ConsumersDirectory, "Directory.Packages.props"), "<Project />\n");
    }
}
