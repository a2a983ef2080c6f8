using System;
using System.IO;
using System.Linq;

namespace FlowTest.Runs;

/// <summary>
/// Where <c>.flowtest/</c> lives (SPEC §7): <c>FLOWTEST_ARTIFACTS</c> if set; else at the repository
/// root (nearest ancestor with <c>.git</c>); else the solution directory; else the project
/// directory; never under <c>bin/</c> or <c>obj/</c>. Pure over the file system it is given.
/// </summary>
internal static class ArtifactsRoot
{
    public const string DirectoryName = ".flowtest";

    /// <summary>Resolves the root for an app living in <paramref name="startDirectories"/> (first wins).</summary>
    public static ResolvedRoot Resolve(string? overridePath, string currentDirectory, params string[] startDirectories)
    {
        if (!string.IsNullOrWhiteSpace(overridePath))
        {
            // The root is given, but source paths are still made repository-relative when we are inside one.
            var repository = startDirectories.Where(s => !string.IsNullOrEmpty(s))
                .Select(start => FindAncestor(start, dir => Exists(Path.Combine(dir, ".git")), skipBuildOutput: false))
                .FirstOrDefault(found => found is not null);
            return new ResolvedRoot(Path.GetFullPath(Path.Combine(currentDirectory, overridePath!.Trim())), repository, "FLOWTEST_ARTIFACTS");
        }

        foreach (var start in startDirectories.Where(s => !string.IsNullOrEmpty(s)))
        {
            var repo = FindAncestor(start, dir => Exists(Path.Combine(dir, ".git")), skipBuildOutput: false);
            if (repo is not null)
            {
                return new ResolvedRoot(Path.Combine(repo, DirectoryName), repo, "repository root");
            }
        }

        foreach (var start in startDirectories.Where(s => !string.IsNullOrEmpty(s)))
        {
            var solution = FindAncestor(start, dir => HasFile(dir, "*.sln") || HasFile(dir, "*.slnx"), skipBuildOutput: true);
            if (solution is not null)
            {
                return new ResolvedRoot(Path.Combine(solution, DirectoryName), null, "solution directory");
            }

            var project = FindAncestor(start, dir => HasFile(dir, "*.*proj"), skipBuildOutput: true);
            if (project is not null)
            {
                return new ResolvedRoot(Path.Combine(project, DirectoryName), null, "project directory");
            }
        }

        return new ResolvedRoot(Path.Combine(OutsideBuildOutput(currentDirectory), DirectoryName), null, "current directory");
    }

    /// <summary>The nearest ancestor (or self) matching; optionally skipping directories inside bin/ or obj/.</summary>
    private static string? FindAncestor(string start, Func<string, bool> matches, bool skipBuildOutput)
    {
        var directory = new DirectoryInfo(Path.GetFullPath(start));
        while (directory is not null)
        {
            if (!(skipBuildOutput && IsBuildOutput(directory.FullName)) && SafeMatches(matches, directory.FullName))
            {
                return directory.FullName;
            }

            directory = directory.Parent;
        }

        return null;
    }

    private static string OutsideBuildOutput(string directory)
    {
        var current = new DirectoryInfo(Path.GetFullPath(directory));
        while (current.Parent is not null && IsBuildOutput(current.FullName))
        {
            current = current.Parent;
        }

        return current.FullName;
    }

    private static bool IsBuildOutput(string path)
    {
        var segments = path.Replace('\\', '/').Split('/');
        return segments.Any(s => string.Equals(s, "bin", StringComparison.OrdinalIgnoreCase) || string.Equals(s, "obj", StringComparison.OrdinalIgnoreCase));
    }

    private static bool SafeMatches(Func<string, bool> matches, string directory)
    {
        try
        {
            return matches(directory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static bool Exists(string path) => Directory.Exists(path) || File.Exists(path);

    private static bool HasFile(string directory, string pattern) => Directory.EnumerateFiles(directory, pattern).Any();
}
