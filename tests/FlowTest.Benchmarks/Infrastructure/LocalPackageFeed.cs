using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace FlowTest.Benchmarks.Infrastructure;

/// <summary>
/// FlowTest, FlowTest.Xunit and FlowTest.NUnit packed into a temp feed from a copy of the sources
/// (the repository's bin/obj stay untouched), with a version no NuGet cache has seen and a private
/// packages folder, so the generated projects consume exactly this checkout, as users would.
/// </summary>
internal sealed class LocalPackageFeed
{
    private static readonly string[] PackedProjects = { "FlowTest", "FlowTest.Xunit", "FlowTest.NUnit" };
    private static readonly string[] CopiedProjects = { "FlowTest", "FlowTest.Xunit", "FlowTest.NUnit", "FlowTest.TestLogger", "FlowTest.Build", "FlowTest.Weaving" };
    private static readonly string[] RootFiles = { "Directory.Build.props", "Directory.Packages.props", ".editorconfig", "global.json" };
    private static readonly string[] RootFolders = { "build", "buildTransitive" };

    private LocalPackageFeed(string root, string version)
    {
        Version = version;
        FeedPath = Path.Combine(root, "feed");
        PackagesPath = Path.Combine(root, "packages");
    }

    public string Version { get; }

    public string FeedPath { get; }

    public string PackagesPath { get; }

    /// <summary>Environment for every command that restores from this feed.</summary>
    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string> { ["NUGET_PACKAGES"] = PackagesPath };

    public static LocalPackageFeed Pack(string root)
    {
        var feed = new LocalPackageFeed(root, "0.1.0-perf." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture));
        Directory.CreateDirectory(feed.FeedPath);
        var sources = Path.Combine(root, "src-copy");
        var repository = RepositoryRoot();
        foreach (var file in RootFiles.Where(f => File.Exists(Path.Combine(repository, f))))
        {
            Directory.CreateDirectory(sources);
            File.Copy(Path.Combine(repository, file), Path.Combine(sources, file));
        }

        foreach (var project in CopiedProjects)
        {
            CopyTree(Path.Combine(repository, "src", project), Path.Combine(sources, "src", project));
        }

        foreach (var folder in RootFolders)
        {
            CopyTree(Path.Combine(repository, folder), Path.Combine(sources, folder));
        }

        File.WriteAllText(Path.Combine(sources, "nuget.config"), feed.NuGetConfig());
        var dotnet = new DotnetCommand(feed.Environment);
        foreach (var project in PackedProjects)
        {
            var run = dotnet.Run(sources, new[] { "pack", Path.Combine("src", project, project + ".csproj"), "-c", "Release", "-o", feed.FeedPath, "-p:Version=" + feed.Version, "-nodeReuse:false" });
            if (run.ExitCode != 0)
            {
                throw new InvalidOperationException("packing " + project + " failed:\n" + run.Output);
            }
        }

        return feed;
    }

    /// <summary>The temp feed first, then the machine's package cache (offline copies), then nuget.org.</summary>
    public string NuGetConfig() =>
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <packageSources>\n    <clear />\n" +
        "    <add key=\"flowtest-perf\" value=\"" + FeedPath + "\" />\n" +
        "    <add key=\"machine-cache\" value=\"" + MachinePackagesFolder() + "\" />\n" +
        "    <add key=\"nuget.org\" value=\"https://api.nuget.org/v3/index.json\" protocolVersion=\"3\" />\n" +
        "  </packageSources>\n</configuration>\n";

    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "FlowTest.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("FlowTest.sln not found above " + AppContext.BaseDirectory + "; run the harness from the repository's build output.");
    }

    private static string MachinePackagesFolder() =>
        System.Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    private static void CopyTree(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var directory in Directory.GetDirectories(from))
        {
            var name = Path.GetFileName(directory);
            if (name is not ("bin" or "obj"))
            {
                CopyTree(directory, Path.Combine(to, name));
            }
        }
    }
}
