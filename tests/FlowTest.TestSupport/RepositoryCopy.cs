using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace FlowTest.TestSupport;

/// <summary>
/// Copies parts of the FlowTest repository to a temp folder (folders without their bin/, obj/,
/// .flowtest/ and artifacts/), so packing or running the demo never writes into the repository while
/// other tests run.
/// </summary>
public static class RepositoryCopy
{
    /// <summary>The repository-wide files a pack or build of FlowTest's projects reads.</summary>
    public static readonly IReadOnlyList<string> BuildFiles = new[]
    {
        "Directory.Build.props", "Directory.Packages.props", "global.json", "nuget.config", ".editorconfig",
    };

    /// <summary>What packing the FlowTest packages needs: all of src/ (the package carries the weaving task) and the MSBuild folders.</summary>
    public static readonly IReadOnlyList<string> PackingFolders = new[] { "src", "build", "buildTransitive" };

    /// <summary>Copies what packing needs (<see cref="BuildFiles"/>, <see cref="PackingFolders"/>) from <paramref name="root"/>.</summary>
    public static void CopyPackingInputs(string root, string destination) => Copy(root, destination, PackingFolders, BuildFiles);

    /// <summary>Copies <paramref name="folders"/> and those of <paramref name="rootFiles"/> that exist.</summary>
    public static void Copy(string root, string destination, IEnumerable<string> folders, IEnumerable<string> rootFiles)
    {
        Directory.CreateDirectory(destination);
        foreach (var file in rootFiles.Where(name => File.Exists(Path.Combine(root, name))))
        {
            File.Copy(Path.Combine(root, file), Path.Combine(destination, file));
        }

        foreach (var folder in folders)
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
            if (name is not ("bin" or "obj" or ".flowtest" or "artifacts"))
            {
                CopyFolder(folder, Path.Combine(destination, name));
            }
        }
    }
}
