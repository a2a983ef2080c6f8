using System;
using System.IO;

namespace FlowTest.Runs;

/// <summary>Reads the current commit and branch from <c>.git</c> directly (no git process is started).</summary>
internal static class GitInfo
{
    public static (string? Sha, string? Branch) Read(string? repositoryRoot)
    {
        try
        {
            if (repositoryRoot is null)
            {
                return (null, null);
            }

            var gitDir = FindGitDirectory(repositoryRoot);
            if (gitDir is null)
            {
                return (null, null);
            }

            var head = File.ReadAllText(Path.Combine(gitDir, "HEAD")).Trim();
            if (!head.StartsWith("ref: ", StringComparison.Ordinal))
            {
                return (head, null);
            }

            var reference = head.Substring(5).Trim();
            var branch = reference.StartsWith("refs/heads/", StringComparison.Ordinal) ? reference.Substring(11) : reference;
            return (ResolveReference(gitDir, reference), branch);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, null);
        }
    }

    private static string? FindGitDirectory(string repositoryRoot)
    {
        var dotGit = Path.Combine(repositoryRoot, ".git");
        if (Directory.Exists(dotGit))
        {
            return dotGit;
        }

        // A worktree or submodule: ".git" is a file "gitdir: <path>".
        if (File.Exists(dotGit))
        {
            var text = File.ReadAllText(dotGit).Trim();
            if (text.StartsWith("gitdir:", StringComparison.Ordinal))
            {
                return Path.GetFullPath(Path.Combine(repositoryRoot, text.Substring(7).Trim()));
            }
        }

        return null;
    }

    private static string? ResolveReference(string gitDir, string reference)
    {
        foreach (var directory in new[] { gitDir, CommonDirectory(gitDir) })
        {
            var loose = Path.Combine(directory, reference.Replace('/', Path.DirectorySeparatorChar));
            if (File.Exists(loose))
            {
                return File.ReadAllText(loose).Trim();
            }

            var packed = Path.Combine(directory, "packed-refs");
            if (File.Exists(packed))
            {
                foreach (var line in File.ReadLines(packed))
                {
                    if (line.EndsWith(" " + reference, StringComparison.Ordinal))
                    {
                        return line.Substring(0, line.IndexOf(' '));
                    }
                }
            }
        }

        return null;
    }

    private static string CommonDirectory(string gitDir)
    {
        var commondir = Path.Combine(gitDir, "commondir");
        return File.Exists(commondir) ? Path.GetFullPath(Path.Combine(gitDir, File.ReadAllText(commondir).Trim())) : gitDir;
    }
}
