using System;
using System.Collections.Generic;

namespace FlowTest.Writing;

/// <summary>
/// Turns compile-time source paths into repo-relative ones (<c>src/Orders/OrderService.cs</c>), so
/// traces read the same on every machine. Deterministic builds map paths to <c>/_/</c>; that prefix
/// is the repo root too. Used by the writer thread only.
/// </summary>
internal sealed class SourcePathMapper
{
    private const int MaxCachedPaths = 4096;
    private readonly string? _repoRoot;
    private readonly Dictionary<string, string> _cache = new(StringComparer.Ordinal);

    public SourcePathMapper(string? repoRoot)
    {
        _repoRoot = repoRoot is null ? null : Normalize(repoRoot).TrimEnd('/') + "/";
    }

    public string Map(string path)
    {
        if (_cache.TryGetValue(path, out var mapped))
        {
            return mapped;
        }

        mapped = MapUncached(path);
        if (_cache.Count < MaxCachedPaths)
        {
            _cache[path] = mapped;
        }

        return mapped;
    }

    /// <summary>Pure mapping rule, exposed for tests.</summary>
    public string MapUncached(string path)
    {
        var normalized = Normalize(path);
        if (_repoRoot is not null && normalized.StartsWith(_repoRoot, StringComparison.OrdinalIgnoreCase))
        {
            return normalized.Substring(_repoRoot.Length);
        }

        if (normalized.StartsWith("/_/", StringComparison.Ordinal))
        {
            return normalized.Substring(3);
        }

        return normalized;
    }

    private static string Normalize(string path) => path.Replace('\\', '/');
}
