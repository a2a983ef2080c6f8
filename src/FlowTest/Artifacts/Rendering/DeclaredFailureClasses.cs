using System;
using System.Collections.Generic;
using FlowTest.Artifacts.Digest;
using FlowTest.Config;

namespace FlowTest.Artifacts.Rendering;

/// <summary>
/// Checks recorded failure classes against the catalog's <c>failure_classes</c>. A flow that
/// declares no classes (or is not in the catalog) is not checked: only a declared list can be
/// contradicted. A declared class covers its suffixed forms: <c>DATA</c> covers <c>DATA.EMPTY</c>.
/// </summary>
internal static class DeclaredFailureClasses
{
    public static bool IsDeclared(FlowDefinition? definition, string failureClass)
    {
        if (definition is null || definition.FailureClasses.Count == 0)
        {
            return true;
        }

        foreach (var declared in definition.FailureClasses)
        {
            if (string.Equals(declared, failureClass, StringComparison.OrdinalIgnoreCase)
                || (failureClass.Length > declared.Length && failureClass[declared.Length] == '.'
                    && failureClass.StartsWith(declared, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Every (flow, class, count) recorded but not declared, ordered by flow then class.</summary>
    public static IReadOnlyList<(FlowNameStats Flow, string FailureClass, long Count)> Undeclared(RunDigest digest, FlowCatalog catalog)
    {
        // Loops rather than LINQ over tuples: value-type generic code that would be compiled at run time.
        var undeclared = new List<(FlowNameStats Flow, string FailureClass, long Count)>();
        foreach (var flow in digest.Flows)
        {
            if (flow.RetainedFailureClasses == 0)
            {
                continue;
            }

            var definition = catalog.Find(flow.Name);
            foreach (var failureClass in flow.FailureClasses)
            {
                if (!IsDeclared(definition, failureClass.Key))
                {
                    undeclared.Add((flow, failureClass.Key, failureClass.Value));
                }
            }
        }

        return undeclared;
    }
}
