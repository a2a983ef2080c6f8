using System;
using System.IO;

namespace FlowTest.Build;

/// <summary>
/// Decides which folder source paths baked into events are relative to: the explicit
/// <c>FlowTestSourceRoot</c>, else the nearest folder above the project holding <c>.git</c>
/// (a folder in a clone, a file in a worktree), else the project folder itself.
/// </summary>
internal static class SourceRootResolver
{
    /// <summary>Resolves the source root; <paramref name="hasGitEntry"/> says whether a folder contains <c>.git</c>.</summary>
    public static string? Resolve(string? explicitRoot, string? projectDirectory, Func<string, bool> hasGitEntry)
    {
        if (!string.IsNullOrWhiteSpace(explicitRoot))
        {
            return explicitRoot!.Trim();
        }

        if (string.IsNullOrWhiteSpace(projectDirectory))
        {
            return null;
        }

        for (var directory = projectDirectory; !string.IsNullOrEmpty(directory); directory = Path.GetDirectoryName(directory))
        {
            if (hasGitEntry(directory!))
            {
                return directory;
            }
        }

        return projectDirectory;
    }

    /// <summary>Whether <paramref name="directory"/> holds a <c>.git</c> folder or file, on disk.</summary>
    public static bool HasGitEntryOnDisk(string directory)
    {
        var git = Path.Combine(directory, ".git");
        return Directory.Exists(git) || File.Exists(git);
    }
}
