using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace FlowTest.Build.Tests.Infrastructure;

/// <summary>
/// A throw-away project that uses FlowTest exactly as a user would: a PackageReference to the packed
/// version, sources written by the test, built and run with the dotnet CLI.
/// </summary>
internal sealed class ConsumerProject
{
    private readonly PackedFlowTestFeed _feed;
    private int _builds;

    private ConsumerProject(PackedFlowTestFeed feed, string name, string directory)
    {
        _feed = feed;
        Name = name;
        Directory = directory;
    }

    public string Name { get; }

    public string Directory { get; }

    public string ObjAssembly => Path.Combine(Directory, "obj", "Debug", "net10.0", Name + ".dll");

    public string BinAssembly => Path.Combine(Directory, "bin", "Debug", "net10.0", Name + ".dll");

    /// <summary>Creates an executable project with <paramref name="properties"/>, extra project XML and source files.</summary>
    public static ConsumerProject Create(PackedFlowTestFeed feed, string name, IReadOnlyDictionary<string, string> sources,
        IReadOnlyDictionary<string, string>? properties = null, string extraProjectXml = "", bool includeFlowTestPackage = true,
        string? directory = null)
    {
        directory ??= Path.Combine(feed.ConsumersDirectory, name + "-" + Guid.NewGuid().ToString("N")[..8]);
        System.IO.Directory.CreateDirectory(directory);
        var packageXml = includeFlowTestPackage ? $"<PackageReference Include=\"FlowTest\" Version=\"{feed.Version}\" />" : string.Empty;
        var propertyXml = string.Concat((properties ?? new Dictionary<string, string>()).Select(pair => $"    <{pair.Key}>{pair.Value}</{pair.Key}>\n"));
        File.WriteAllText(Path.Combine(directory, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                <AssemblyName>{name}</AssemblyName>
            {propertyXml}  </PropertyGroup>
              <ItemGroup>
                {packageXml}
              </ItemGroup>
            {extraProjectXml}
            </Project>
            """);
        var project = new ConsumerProject(feed, name, directory);
        foreach (var source in sources)
        {
            project.WriteSource(source.Key, source.Value);
        }

        return project;
    }

    public void WriteSource(string relativePath, string text)
    {
        var path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    /// <summary>Runs <c>dotnet build</c> with <paramref name="arguments"/>, keeping a detailed log of it.</summary>
    public BuildRun Build(params string[] arguments)
    {
        _builds++;
        var logFile = Path.Combine(_feed.Root, "logs", $"{Name}-{Path.GetFileName(Directory)}-build{_builds}.log");
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(logFile)!);
        var all = new List<string> { "build", "-nodeReuse:false", "-tl:off", "-v:m", "-fl", $"-flp:verbosity=detailed;logfile={logFile}" };
        all.AddRange(arguments);
        var result = DotnetCli.Run(Directory, _feed.Environment, all.ToArray());
        var log = File.Exists(logFile) ? File.ReadAllText(logFile) : string.Empty;
        return new BuildRun(result, new BuildLog(log));
    }

    /// <summary>Runs the built program with <c>FLOWTEST_ARTIFACTS</c> pointing at <paramref name="artifactsDirectory"/>.</summary>
    public ProcessResult Run(string artifactsDirectory, string configuration = "Debug")
    {
        var environment = new Dictionary<string, string>(_feed.Environment) { ["FLOWTEST_ARTIFACTS"] = artifactsDirectory };
        var assembly = Path.Combine(Directory, "bin", configuration, "net10.0", Name + ".dll");
        return DotnetCli.Run(Directory, environment, assembly);
    }

    /// <summary>A fresh folder for this project's artifacts, outside the project.</summary>
    public string NewArtifactsDirectory()
    {
        var path = Path.Combine(_feed.Root, "artifacts", Path.GetFileName(Directory) + "-" + Guid.NewGuid().ToString("N")[..6]);
        System.IO.Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>Every trace line written under <paramref name="artifactsDirectory"/>.</summary>
    public static IReadOnlyList<string> TraceLines(string artifactsDirectory) =>
        // Symlinks ('latest') are skipped so each run's trace is read once.
        System.IO.Directory.EnumerateFiles(artifactsDirectory, "trace.jsonl", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint })
            .SelectMany(File.ReadAllLines)
            .ToList();

    /// <summary>Deletes bin/ and obj/ but keeps restore results, for a clean rebuild.</summary>
    public void DeleteBuildOutputs()
    {
        var bin = Path.Combine(Directory, "bin");
        if (System.IO.Directory.Exists(bin))
        {
            System.IO.Directory.Delete(bin, recursive: true);
        }

        var obj = Path.Combine(Directory, "obj");
        foreach (var folder in new[] { "Debug", "Release" }.Select(name => Path.Combine(obj, name)).Where(System.IO.Directory.Exists))
        {
            System.IO.Directory.Delete(folder, recursive: true);
        }
    }
}
