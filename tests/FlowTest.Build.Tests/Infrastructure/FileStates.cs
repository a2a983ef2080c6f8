using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;

namespace FlowTest.Build.Tests.Infrastructure;

/// <summary>Timestamp and content hash of every file under some folders, to prove a build changed nothing.</summary>
internal static class FileStates
{
    public static IReadOnlyDictionary<string, string> Capture(string root, params string[] folders) =>
        folders
            .Select(folder => Path.Combine(root, folder))
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            .ToDictionary(
                path => Path.GetRelativePath(root, path),
                path => File.GetLastWriteTimeUtc(path).Ticks + " " + Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path))));

    /// <summary>Paths added, removed or changed between two captures.</summary>
    public static IReadOnlyList<string> Differences(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after) =>
        before.Keys.Union(after.Keys)
            .Where(path => !before.TryGetValue(path, out var old) || !after.TryGetValue(path, out var now) || old != now)
            .OrderBy(path => path, StringComparer.Ordinal)
            .ToList();
}
