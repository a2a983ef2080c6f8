using System;
using System.IO;

namespace FlowTest.TestSupport;

/// <summary>The repository a running test was built from: the folder holding FlowTest.sln above the test's output folder.</summary>
public static class RepositoryRoot
{
    private static readonly Lazy<string> LazyPath = new(Find);

    /// <summary>The directory holding FlowTest.sln.</summary>
    public static string Path => LazyPath.Value;

    /// <summary>A path under the repository root, from '/'-separated parts.</summary>
    public static string Combine(string relativePath) =>
        System.IO.Path.Combine(Path, relativePath.Replace('/', System.IO.Path.DirectorySeparatorChar));

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "FlowTest.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("FlowTest.sln not found above " + AppContext.BaseDirectory);
    }
}
