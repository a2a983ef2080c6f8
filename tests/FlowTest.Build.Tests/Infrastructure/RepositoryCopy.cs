using System;
using System.IO;
using System.Linq;

namespace FlowTest.Build.Tests.Infrastructure;

/// <summary>
/// Copies what packing FlowTest needs (sources, build files, repository-wide props) to a temp folder,
/// so packing never writes into the repository's own bin/ and obj/ while other tests run.
/// </summary>
internal static class RepositoryCopy
{
    private static readonly string[] TopLevelFiles =
    {
        "Directory.Build.props", "Directory.Packages.props", "global.json", "nuget.config", ".editorconfig",
    };

    private static readonly string[] TopLevelFolders = { "src", "build", "buildTransitive" };

    /// <summary>The folder holding FlowTest.sln above the running test assembly.</summary>
    public static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "FlowTest.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("FlowTest.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>Copies the packing inputs of <paramref name="root"/> into <paramref name="destination"/>.</summary>
    public static void CopyTo(string root, string destination)
    {
        foreach (var file in TopLevelFiles.Where(name => File.Exists(Path.Combine(root, name))))
        {
            Directory.CreateDirectory(destination);
            File.Copy(Path.Combine(root, file), Path.Combine(destination, file));
        }

        foreach (var folder in TopLevelFolders)
        {
            CopyFolder(Path.Combine(root, folder), Path.Combine(destination, folder));
        }
    }

    private static void CopyFolder(string source, string destination)
    {
        Directory.CreateDirectory(destination);
        foreach (var file in Directory.EnumerateFiles(source))
        {
            File.Copy(file, Path.Combine(destination, Path.GetFileName(file)));
        }

        foreach (var folder in Directory.EnumerateDirectories(source))
        {
            var name = Path.GetFileName(folder);
            if (name is "bin" or "obj")
            {
                continue;
            }

            CopyFolder(folder, Path.Combine(destination, name));
        }
    }
}
