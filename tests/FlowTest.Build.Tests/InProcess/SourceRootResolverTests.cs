using System.Collections.Generic;
using System.IO;

namespace FlowTest.Build.Tests.InProcess;

public sealed class SourceRootResolverTests
{
    private static readonly string Repo = Path.Combine(Path.GetTempPath(), "repo");
    private static readonly string Project = Path.Combine(Repo, "src", "Shop");

    [Fact]
    public void Explicit_source_root_wins_over_the_repository()
    {
        var root = SourceRootResolver.Resolve(" /work/sources ", Project, HasGitIn(Repo));

        Assert.Equal("/work/sources", root);
    }

    [Fact]
    public void Nearest_folder_with_git_above_the_project_is_the_root()
    {
        var root = SourceRootResolver.Resolve(null, Project, HasGitIn(Repo, Path.GetDirectoryName(Repo)!));

        Assert.Equal(Repo, root);
    }

    [Fact]
    public void Project_folder_is_the_root_outside_any_repository()
    {
        var root = SourceRootResolver.Resolve("", Project, HasGitIn());

        Assert.Equal(Project, root);
    }

    [Fact]
    public void Without_project_folder_paths_stay_absolute()
    {
        Assert.Null(SourceRootResolver.Resolve(null, null, HasGitIn(Repo)));
    }

    private static System.Func<string, bool> HasGitIn(params string[] folders)
    {
        var set = new HashSet<string>(folders);
        return set.Contains;
    }
}
