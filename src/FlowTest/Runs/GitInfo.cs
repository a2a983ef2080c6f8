using System;
using System.ComponentModel;
using System.Diagnostics;
using System.IO;

namespace FlowTest.Runs;

/// <summary>
/// Reads the current commit and branch from <c>.git</c> directly: HEAD, loose refs, packed-refs,
/// worktree and submodule <c>gitdir:</c> files. Starting git costs every test host tens of
/// milliseconds, so it is only the fallback for ref storage these files cannot answer (reftable).
/// </summary>
internal static class GitInfo
{
    /// <summary>What HEAD says in a repository whose refs live in a reftable, not in files.</summary>
    private const string ReftableHeadTarget = "refs/heads/.invalid";

    private static readonly TimeSpan GitTimeout = TimeSpan.FromSeconds(2);

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
            if (string.Equals(reference, ReftableHeadTarget, StringComparison.Ordinal))
            {
                return ReadWithGit(repositoryRoot);
            }

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

    private static (string? Sha, string? Branch) ReadWithGit(string repositoryRoot)
    {
        var sha = RunGit(repositoryRoot, "rev-parse HEAD");
        var branch = RunGit(repositoryRoot, "symbolic-ref --short -q HEAD");
        return (sha, branch);
    }

    private static string? RunGit(string workingDirectory, string arguments)
    {
        try
        {
            var start = new ProcessStartInfo("git", arguments)
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                CreateNoWindow = true,
            };
            using var git = Process.Start(start);
            if (git is null)
            {
                return null;
            }

            var output = git.StandardOutput.ReadToEndAsync();
            _ = git.StandardError.ReadToEndAsync();
            if (!git.WaitForExit((int)GitTimeout.TotalMilliseconds))
            {
                git.Kill();
                return null;
            }

            var text = output.Result.Trim();
            return git.ExitCode == 0 && text.Length > 0 ? text : null;
        }
        catch (Exception error) when (error is Win32Exception or InvalidOperationException or IOException or PlatformNotSupportedException)
        {
            return null;
        }
    }
}
