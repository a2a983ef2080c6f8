using System;
using System.IO;

namespace FlowTest.Tests.Support;

/// <summary>Finds files of the repository from a running test, wherever the test assembly was built.</summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    /// <summary>The directory holding FlowTest.sln.</summary>
    public static string Root => LazyRoot.Value;

    /// <summary>A path under the repository root, from '/'-separated parts.</summary>
    public static string File(string relativePath) =>
        Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar));

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(directory.FullName, "FlowTest.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("FlowTest.sln not found above " + AppContext.BaseDirectory);
    }
}
