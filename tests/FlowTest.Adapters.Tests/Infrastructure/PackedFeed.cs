using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace FlowTest.Adapters.Tests.Infrastructure;

/// <summary>
/// FlowTest, FlowTest.Xunit and FlowTest.NUnit packed once into a temporary local feed, from a copy
/// of the sources (so the repository's own bin/obj are untouched), with a version no NuGet cache has
/// seen, and a private packages folder so a stale cached FlowTest can never be restored. Fixtures
/// that run at the same time share one feed (<see cref="Acquire"/>); the last to let go deletes it.
/// </summary>
internal sealed class PackedFeed
{
    private static readonly object SharedGate = new();
    private static PackedFeed? _shared;
    private static int _users;

    private static readonly string[] PackedProjects = { "FlowTest", "FlowTest.Xunit", "FlowTest.NUnit" };
    private PackedFeed()
    {
        Root = new TempDirectory("feed");
        Version = "0.1.0-e2e." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        FeedPath = Root.Combine("feed");
        PackagesPath = Root.Combine("packages");
        Directory.CreateDirectory(FeedPath);
        var sources = Root.Combine("src-copy");
        RepositoryCopy.CopyPackingInputs(RepositoryCopy.FindRoot(), sources);
        File.WriteAllText(Path.Combine(sources, "nuget.config"), NuGetConfig());
        foreach (var project in PackedProjects)
        {
            var result = DotnetCli.Run(sources, Environment, "pack", Path.Combine("src", project, project + ".csproj"), "-c", "Release", "-o", FeedPath, "-p:Version=" + Version, "-nodeReuse:false");
            if (result.ExitCode != 0)
            {
                throw new InvalidOperationException("packing " + project + " failed: " + result);
            }
        }
    }

    public TempDirectory Root { get; }

    public string Version { get; }

    public string FeedPath { get; }

    /// <summary>The NuGet packages folder every command of this test run uses.</summary>
    public string PackagesPath { get; }

    public IReadOnlyDictionary<string, string?> Environment => new Dictionary<string, string?> { ["NUGET_PACKAGES"] = PackagesPath };

    /// <summary>A nuget.config with the temp feed first, the machine's package cache (offline copies) and nuget.org.</summary>
    public string NuGetConfig() =>
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <packageSources>\n    <clear />\n" +
        "    <add key=\"flowtest-e2e\" value=\"" + FeedPath + "\" />\n" +
        "    <add key=\"machine-cache\" value=\"" + MachinePackagesFolder() + "\" />\n" +
        "    <add key=\"nuget.org\" value=\"https://api.nuget.org/v3/index.json\" protocolVersion=\"3\" />\n" +
        "  </packageSources>\n</configuration>\n";

    /// <summary>The feed every fixture running now shares; packed on first use (others wait for it).</summary>
    public static PackedFeed Acquire()
    {
        lock (SharedGate)
        {
            _shared ??= new PackedFeed();
            _users++;
            return _shared;
        }
    }

    /// <summary>Lets go of the feed from <see cref="Acquire"/>; the last user deletes its files.</summary>
    public void Release()
    {
        lock (SharedGate)
        {
            if (--_users == 0 && ReferenceEquals(_shared, this))
            {
                _shared = null;
                Root.Dispose();
            }
        }
    }

    private static string MachinePackagesFolder() =>
        System.Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile), ".nuget", "packages");
}
