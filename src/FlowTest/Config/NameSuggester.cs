using System;
using System.Collections.Generic;

namespace FlowTest.Config;

/// <summary>
/// Finds the known name a misspelt one was most likely meant to be ("did you mean ...?"):
/// case and <c>-</c>/<c>_</c> differences first, then the smallest edit distance within a
/// budget that grows with the length of the name.
/// </summary>
internal static class NameSuggester
{
    public static string? Suggest(string actual, IEnumerable<string> candidates)
    {
        var normalizedActual = Normalize(actual);
        var budget = actual.Length <= 3 ? 1 : actual.Length <= 6 ? 2 : 3;
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            if (string.Equals(candidate, actual, StringComparison.Ordinal))
            {
                continue;
            }

            // Same letters apart from case or separators ("Privacy", "include-flows") beats any typo.
            var distance = Normalize(candidate) == normalizedActual
                ? 0
                : Distance(actual.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance <= budget && distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>" (did you mean 'x'?)" or an empty string, ready to append to a message.</summary>
    public static string DidYouMean(string actual, IEnumerable<string> candidates)
    {
        var suggestion = Suggest(actual, candidates);
        return suggestion is null ? "" : " (did you mean '" + suggestion + "'?)";
    }

    private static string Normalize(string name) =>
        name.Replace("-", "").Replace("_", "").ToLowerInvariant();

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps.</summary>
    private static int Distance(string a, string b)
    {
        var rows = new int[3][];
        for (var r = 0; r < 3; r++)
        {
            rows[r] = new int[b.Length + 1];
        }

        for (var j = 0; j <= b.Length; j++)
        {
            rows[1][j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            // rows[0]: i-2, rows[1]: i-1, rows[2]: i; rotated so no row is reallocated.
            var beforePrevious = rows[0];
            var previous = rows[1];
            var current = rows[2];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, beforePrevious[j - 2] + 1);
                }

                current[j] = value;
            }

            rows[0] = previous;
            rows[1] = current;
            rows[2] = beforePrevious;
        }

        return rows[1][b.Length];
    }
}
