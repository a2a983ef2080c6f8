using System;
using System.IO;
using System.Linq;

namespace FlowTest.TestSupport;

/// <summary>Turns a [CallerFilePath] into a real path, also when the compiler mapped it.</summary>
public static class SourceFile
{
    /// <summary>
    /// The path itself when it exists; otherwise the longest tail of it that exists under the
    /// repository root. Deterministic CI builds map source paths to <c>/_/…</c> (PathMap), which
    /// would otherwise send snapshots nowhere.
    /// </summary>
    public static string Resolve(string callerFilePath)
    {
        if (File.Exists(callerFilePath))
        {
            return callerFilePath;
        }

        var parts = callerFilePath.Split(new[] { '/', '\\' }, StringSplitOptions.RemoveEmptyEntries);
        for (var skip = 0; skip < parts.Length; skip++)
        {
            var candidate = Path.Combine(new[] { RepositoryRoot.Path }.Concat(parts.Skip(skip)).ToArray());
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("Cannot find the test source file " + callerFilePath + " under " + RepositoryRoot.Path);
    }
}
