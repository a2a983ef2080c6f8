using System;
using System.Collections.Concurrent;
using System.Collections.Generic;

namespace FlowTest.Woven;

/// <summary>
/// The <c>Tags</c> of a <c>[Flow]</c> attribute as event tags: <c>key=value</c> keeps its value,
/// a bare tag becomes <c>tag=true</c>. Parsed once per woven method.
/// </summary>
internal static class WovenTags
{
    public const char Separator = '\n';

    private static readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, string>> Parsed = new();

    public static IReadOnlyDictionary<string, string>? Parse(string? tags) =>
        string.IsNullOrEmpty(tags) ? null : Parsed.GetOrAdd(tags!, ParseUncached);

    internal static IReadOnlyDictionary<string, string> ParseUncached(string tags)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var tag in tags.Split(Separator))
        {
            var trimmed = tag.Trim();
            if (trimmed.Length == 0)
            {
                continue;
            }

            var equals = trimmed.IndexOf('=');
            if (equals > 0)
            {
                result[trimmed.Substring(0, equals).Trim()] = trimmed.Substring(equals + 1).Trim();
            }
            else
            {
                result[trimmed] = "true";
            }
        }

        return result;
    }
}
