using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;

namespace FlowTest.Weaving.Tests.Infrastructure;

/// <summary>The fixtures project's build output, copied so a test can weave and run it without touching the original.</summary>
internal static class FixtureBuild
{
    public const string AssemblyName = "FlowTest.Weaving.Fixtures.dll";
    public const string OptimizedAssemblyName = "FlowTest.Weaving.Fixtures.Optimized.dll";

    public static string Directory { get; } = MetadataPath("FixturesDirectory");

    /// <summary>The same fixtures compiled with optimizations (struct state machines, Release-shaped IL).</summary>
    public static string OptimizedDirectory { get; } = MetadataPath("OptimizedFixturesDirectory");

    /// <summary>Copies the fixtures' build output into <paramref name="target"/>; returns the fixtures assembly path there.</summary>
    public static string CopyTo(string target) => CopyTo(target, Directory, AssemblyName);

    public static string CopyTo(string target, string sourceDirectory, string assemblyName)
    {
        System.IO.Directory.CreateDirectory(target);
        foreach (var file in System.IO.Directory.GetFiles(sourceDirectory))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)), overwrite: true);
        }

        return Path.Combine(target, assemblyName);
    }

    /// <summary>A weave request as the build task makes one: references of the app and the shared framework.</summary>
    public static WeaveRequest RequestFor(string assemblyPath)
    {
        var references = new List<string>(System.IO.Directory.GetFiles(Path.GetDirectoryName(assemblyPath)!, "*.dll"));
        references.AddRange(System.IO.Directory.GetFiles(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "*.dll"));
        return new WeaveRequest(assemblyPath) { ReferencePaths = references, SourceRoot = RepositoryRoot.Path };
    }

    private static string MetadataPath(string key) => Path.GetFullPath(typeof(FixtureBuild).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == key).Value!);
}
