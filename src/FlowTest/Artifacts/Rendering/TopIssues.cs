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

        var latest = digest.RecentFailures.LastOrDefault();
        if (latest is not null && seen.Add(KeyOf(latest)))
        {
            if (issues.Count >= max && issues.Count > 0)
            {
                issues.RemoveAt(issues.Count - 1);
            }

            if (max > 0)
            {
                issues.Add((latest, "most recent failure"));
            }
        }

        return issues;
    }

    private static string KeyOf(FailureRecord failure) => failure.FlowName + "\n" + failure.Title;
}
