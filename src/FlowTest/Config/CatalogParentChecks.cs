using System;
using System.Collections.Generic;
using YamlDotNet.RepresentationModel;

namespace FlowTest.Config;

/// <summary>Warns about catalog parents that name no declared flow, and about parent chains that loop.</summary>
internal static class CatalogParentChecks
{
    public static void Report(
        FlowCatalog catalog,
        IReadOnlyDictionary<string, YamlNode> parentNodes,
        IReadOnlyDictionary<string, string> entryPaths,
        ConfigDiagnosticCollector report)
    {
        var inReportedCycle = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < catalog.Declared.Count; i++)
        {
            var flow = catalog.Declared[i];
            if (flow.Parent is null)
            {
                continue;
            }

            parentNodes.TryGetValue(flow.Id, out var parentNode);
            var key = (entryPaths.TryGetValue(flow.Id, out var path) ? path : "flows") + ".parent";
            if (catalog.Find(flow.Parent) is null)
            {
                report.Warning(
                    ConfigDiagnosticCodes.UnknownParent,
                    parentNode,
                    key,
                    "flow '" + flow.Id + "' names parent '" + flow.Parent + "', which this catalog does not declare"
                    + NameSuggester.DidYouMean(flow.Parent, catalog.Flows.Keys) + "; declare it or correct the name");
                continue;
            }

            var cycle = FindCycle(catalog, flow);
            if (cycle is not null && !inReportedCycle.Contains(flow.Id))
            {
                inReportedCycle.UnionWith(cycle);
                report.Warning(
                    ConfigDiagnosticCodes.ParentCycle,
                    parentNode,
                    key,
                    "flow '" + flow.Id + "' is its own ancestor (" + string.Join(" -> ", cycle) + " -> " + flow.Id
                    + "); correct one of these 'parent' entries");
            }
        }
    }

    /// <summary>The flows on the loop from <paramref name="flow"/> back to itself, or <see langword="null"/>.</summary>
    private static List<string>? FindCycle(FlowCatalog catalog, FlowDefinition flow)
    {
        var chain = new List<string> { flow.Id };
        var current = flow.Parent;

        // Every chain longer than the catalog has visited some flow twice, so this bound ends any loop.
        while (current is not null && chain.Count <= catalog.Declared.Count)
        {
            if (current == flow.Id)
            {
                return chain;
            }

            chain.Add(current);
            current = catalog.Find(current)?.Parent;
        }

        return null;
    }
}
