using System.IO;
using FlowTest.Runs;

namespace FlowTest.Tests.Runs;

public sealed class ArtifactsRootTests
{
    [Fact]
    public void The_repository_root_wins_for_every_project_of_the_repo()
    {
        using var dir = new TempDirectory();
        Directory.CreateDirectory(dir.Combine(".git"));
        var bin = Directory.CreateDirectory(dir.Combine("tests", "A.Tests", "bin", "Debug", "net10.0")).FullName;
        File.WriteAllText(dir.Combine("tests", "A.Tests", "A.Tests.csproj"), "<Project/>");

        var root = ArtifactsRoot.Resolve(null, bin, bin);

        Assert.Equal(dir.Combine(".flowtest"), root.Path);
        Assert.Equal(dir.Path, root.RepositoryRoot);
    }

    [Fact]
    public void An_explicit_root_still_knows_the_repository_so_source_paths_stay_relative()
    {
        using var dir = new TempDirectory();
        Directory.CreateDirectory(dir.Combine(".git"));
        var bin = Directory.CreateDirectory(dir.Combine("src", "Shop", "bin")).FullName;

        var root = ArtifactsRoot.Resolve("/elsewhere/artifacts", bin, bin);

        Assert.Equal("/elsewhere/artifacts", root.Path);
        Assert.Equal(dir.Path, root.RepositoryRoot);
    }

    [Fact]
    public void Without_a_repository_the_solution_directory_is_used_never_bin_or_obj()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.Combine("Shop.sln"), "");
        var bin = Directory.CreateDirectory(dir.Combine("src", "Shop", "bin", "Release", "net8.0")).FullName;

        Assert.Equal(dir.Combine(".flowtest"), ArtifactsRoot.Resolve(null, bin, bin).Path);
    }

    [Fact]
    public void Without_a_solution_the_project_directory_is_used()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.Combine("Shop.csproj"), "<Project/>");
        var bin = Directory.CreateDirectory(dir.Combine("bin", "Debug", "net8.0")).FullName;

        Assert.Equal(dir.Combine(".flowtest"), ArtifactsRoot.Resolve(null, bin, bin).Path);
    }

    [Fact]
    public void Flowtest_artifacts_overrides_everything_relative_to_the_current_directory()
    {
        using var dir = new TempDirectory();
        Directory.CreateDirectory(dir.Combine(".git"));

        var root = ArtifactsRoot.Resolve("out/traces", dir.Path, dir.Path);

        Assert.Equal(dir.Combine("out", "traces"), root.Path);
        Assert.Equal("FLOWTEST_ARTIFACTS", root.Reason);
    }
}
