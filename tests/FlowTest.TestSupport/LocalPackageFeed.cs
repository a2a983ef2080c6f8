using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace FlowTest.TestSupport;

/// <summary>
/// FlowTest packages packed from a copy of this checkout's sources (the repository's own bin/obj stay
/// untouched) into a temp feed, under a version no NuGet cache has seen, with a private packages folder:
/// projects that restore from it consume exactly this checkout, as users would, and never a stale cached
/// FlowTest. Everything lives under the root folder the caller owns and deletes.
/// </summary>
public sealed class LocalPackageFeed
{
    /// <summary>The three packages a user installs.</summary>
    public static readonly IReadOnlyList<string> AllPackages = new[] { "FlowTest", "FlowTest.Xunit", "FlowTest.NUnit" };

    private LocalPackageFeed(string root, string label)
    {
        Root = root;
        Version = "0.1.0-" + label + "." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        FeedPath = Path.Combine(root, "feed");
        PackagesPath = Path.Combine(root, "packages");
    }

    /// <summary>The folder holding the feed, the packages folder and the source copy.</summary>
    public string Root { get; }

    /// <summary>The version every package of this feed carries (<c>0.1.0-&lt;label&gt;.&lt;UTC time&gt;</c>).</summary>
    public string Version { get; }

    /// <summary>The folder of <c>.nupkg</c> files.</summary>
    public string FeedPath { get; }

    /// <summary>The NuGet packages folder every command restoring from this feed must use.</summary>
    public string PackagesPath { get; }

    /// <summary>Environment for every command that restores from this feed.</summary>
    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string> { ["NUGET_PACKAGES"] = PackagesPath };

    /// <summary>All three packages, labelled <c>perf</c> (the benchmarks' feed).</summary>
    public static LocalPackageFeed Pack(string root) => Pack(root, "perf", AllPackages);

    /// <summary>Packs <paramref name="projects"/> (names under src/) into a new feed under <paramref name="root"/>; throws with the output when a pack fails.</summary>
    public static LocalPackageFeed Pack(string root, string label, IEnumerable<string> projects)
    {
        var feed = new LocalPackageFeed(root, label);
        Directory.CreateDirectory(feed.FeedPath);
        Directory.CreateDirectory(feed.PackagesPath);
        var sources = Path.Combine(root, "src-copy");
        RepositoryCopy.CopyPackingInputs(RepositoryRoot.Path, sources);
        File.WriteAllText(Path.Combine(sources, "nuget.config"), feed.NuGetConfig());
        var environment = new Dictionary<string, string?> { ["NUGET_PACKAGES"] = feed.PackagesPath, ["UseSharedCompilation"] = "false" };
        foreach (var project in projects)
        {
            var result = ChildProcess.Run("dotnet", sources, environment,
                "pack", Path.Combine("src", project, project + ".csproj"), "-c", "Release", "-o", feed.FeedPath, "-p:Version=" + feed.Version, "-nodeReuse:false", "-tl:off");
            if (result.ExitCode != 0)
            {
                throw new InvalidOperationException("Packing " + project + " failed. " + result);
            }
        }

        return feed;
    }

    /// <summary>A nuget.config with this feed first, then the machine's package cache (offline copies), then nuget.org.</summary>
    public string NuGetConfig() =>
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <packageSources>\n    <clear />\n" +
        "    <add key=\"flowtest-local\" value=\"" + FeedPath + "\" />\n" +
        "    <add key=\"machine-cache\" value=\"" + MachinePackagesFolder() + "\" />\n" +
        "    <add key=\"nuget.org\" value=\"https://api.nuget.org/v3/index.json\" protocolVersion=\"3\" />\n" +
        "  </packageSources>\n</configuration>\n";

    /// <summary>
    /// Makes <paramref name="directory"/> a home for consumer projects: this feed's nuget.config, and empty
    /// Directory.Build.props/targets and Directory.Packages.props so nothing above the temp folder applies.
    /// </summary>
    public void WriteConsumerFiles(string directory)
    {
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "nuget.config"), NuGetConfig());
        File.WriteAllText(Path.Combine(directory, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(directory, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(directory, "Directory.Packages.props"), "<Project />\n");
    }

    private static string MachinePackagesFolder() =>
        System.Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile), ".nuget", "packages");
}
