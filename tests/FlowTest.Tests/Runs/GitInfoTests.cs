using System;
using System.Diagnostics;
using System.IO;
using FlowTest.Runs;

namespace FlowTest.Tests.Runs;

/// <summary>GitInfo against real repositories made by <c>git</c> in temp directories.</summary>
public sealed class GitInfoTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Reads_the_branch_and_its_loose_ref()
    {
        var repo = NewRepository("loose");

        Assert.Equal((Git(repo, "rev-parse HEAD"), "main"), GitInfo.Read(repo));
    }

    [Fact]
    public void Reads_a_branch_that_only_packed_refs_knows()
    {
        var repo = NewRepository("packed");
        Git(repo, "checkout -q -b feature/x");
        Git(repo, "pack-refs --all --prune");

        Assert.False(File.Exists(Path.Combine(repo, ".git", "refs", "heads", "feature", "x")));
        Assert.Equal((Git(repo, "rev-parse HEAD"), "feature/x"), GitInfo.Read(repo));
    }

    [Fact]
    public void A_detached_head_has_a_sha_and_no_branch()
    {
        var repo = NewRepository("detached");
        var first = Git(repo, "rev-parse HEAD");
        Commit(repo, "second");
        Git(repo, "checkout -q --detach " + first);

        Assert.Equal((first, (string?)null), GitInfo.Read(repo));
    }

    [Fact]
    public void A_worktree_reads_its_own_head_through_its_gitdir_file()
    {
        var repo = NewRepository("main-checkout");
        var worktree = _dir.Combine("worktree");
        Git(repo, "worktree add -q -b side " + Quote(worktree));
        Commit(worktree, "on side");

        Assert.True(File.Exists(Path.Combine(worktree, ".git")));
        Assert.Equal((Git(worktree, "rev-parse HEAD"), "side"), GitInfo.Read(worktree));
        Assert.NotEqual(GitInfo.Read(repo).Sha, GitInfo.Read(worktree).Sha);
    }

    [Fact]
    public void A_directory_without_git_has_neither()
    {
        Assert.Equal(((string?)null, (string?)null), GitInfo.Read(_dir.Path));
        Assert.Equal(((string?)null, (string?)null), GitInfo.Read(null));
    }

    private string NewRepository(string name)
    {
        var repo = _dir.Combine(name);
        Directory.CreateDirectory(repo);
        Git(repo, "init -q -b main");
        Commit(repo, "first");
        return repo;
    }

    private static void Commit(string repo, string message) =>
        Git(repo, "-c user.name=t -c user.email=t@example.com -c commit.gpgsign=false commit -q --allow-empty -m " + Quote(message));

    private static string Quote(string text) => "\"" + text + "\"";

    private static string Git(string workingDirectory, string arguments)
    {
        var start = new ProcessStartInfo("git", arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // The test's own repository must not leak in through the environment.
        foreach (var variable in new[] { "GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_COMMON_DIR" })
        {
            start.Environment.Remove(variable);
        }

        using var git = Process.Start(start)!;
        var output = git.StandardOutput.ReadToEndAsync();
        var error = git.StandardError.ReadToEnd();
        git.WaitForExit();
        Assert.True(git.ExitCode == 0, "git " + arguments + ": " + error);
        return output.Result.Trim();
    }
}
