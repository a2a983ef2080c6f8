using System;
using System.Collections.Generic;
using System.Linq;
using FlowTest.Artifacts.Digest;

namespace FlowTest.Artifacts.Rendering;

/// <summary>
/// Which failures ask.md leads with: the first failures, one per (flow, class) so a failure that
/// repeats does not crowd out the others, then the most recent failure when it is a new one.
/// </summary>
internal static class TopIssues
{
    public static IReadOnlyList<(FailureRecord Failure, string Why)> Select(RunDigest digest, int max)
    {
        var issues = new List<(FailureRecord, string)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var failure in digest.FirstFailures)
        {
            if (issues.Count < max && seen.Add(KeyOf(failure)))
            {
                issues.Add((failure, issues.Count == 0 ? "first failure" : "early failure"));
            }
        }

        // The most recent failure earns a place only next to the first one, never instead of it.
        var latest = digest.RecentFailures.LastOrDefault();
        if (latest is not null && max >= 2 && seen.Add(KeyOf(latest)))
        {
            if (issues.Count >= max)
            {
                issues.RemoveAt(issues.Count - 1);
            }

            issues.Add((latest, "most recent failure"));
        }

        return issues;
    }

    private static string KeyOf(FailureRecord failure) => failure.FlowName + "\n" + failure.Title;
}
