using System;
using System.Collections.Generic;
using System.Linq;
using YamlDotNet.RepresentationModel;

namespace FlowTest.Config;

/// <summary>
/// Reads the flow catalog <c>flows.yaml</c> (SPEC §8) and merges its <c>defaults</c> into every
/// flow. Never throws: entries without an id and repeated ids are dropped with an error, doubtful
/// parents and failure classes are kept with a warning.
/// </summary>
internal static class FlowCatalogParser
{
    public static ConfigParseResult<FlowCatalog> Parse(string yamlText, string filePath) =>
        YamlDocumentLoader.ParseSafely(yamlText, filePath, CatalogKeys.Root, FlowCatalog.Empty, Read, "no flow of the catalog is used");

    private static FlowCatalog Read(YamlMappingReader root)
    {
        FileFormatVersion.Read(root);
        var defaults = root.Mapping("defaults", CatalogKeys.Defaults);
        var defaultTags = defaults?.StringList("tags", new string[0]) ?? new string[0];
        var defaultCorrelationKeys = defaults?.StringList("correlation_keys", new string[0]) ?? new string[0];
        var defaultOnFailure = defaults?.Text("on_failure", null);

        var flowsNode = root.Find("flows");
        var items = flowsNode is null ? null : root.ListItems(flowsNode, "flows");
        var flows = new List<FlowDefinition>();
        var parentNodes = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        var entryPaths = new Dictionary<string, string>(StringComparer.Ordinal);
        var firstLines = new Dictionary<string, long>(StringComparer.Ordinal);
        for (var i = 0; items is not null && i < items.Count; i++)
        {
            var path = "flows[" + i + "]";
            var flow = YamlMappingReader.Open(items[i], path, root.Report, CatalogKeys.Flow);
            var id = flow?.Text("id", null);
            if (flow is null || id is null)
            {
                if (flow is not null || YamlScalars.IsNull(items[i]))
                {
                    root.Report.Error(
                        ConfigDiagnosticCodes.MissingKey,
                        items[i],
                        path + ".id",
                        "'" + path + "' has no 'id'; give every flow a unique id such as 'orders/submit'. The entry is ignored");
                }

                continue;
            }

            var idNode = flow.Find("id");
            if (firstLines.TryGetValue(id, out var firstLine))
            {
                root.Report.Error(
                    ConfigDiagnosticCodes.DuplicateFlowId,
                    idNode,
                    path + ".id",
                    "flow id '" + id + "' is already declared on line " + firstLine + "; ids must be unique, so this entry is ignored");
                continue;
            }

            firstLines[id] = idNode?.Start.Line ?? 0;
            entryPaths[id] = path;
            flows.Add(ReadFlow(flow, id, defaultTags, defaultCorrelationKeys, defaultOnFailure));
            var parentNode = flow.Find("parent");
            if (parentNode is not null)
            {
                parentNodes[id] = parentNode;
            }
        }

        var catalog = new FlowCatalog(flows);
        CatalogParentChecks.Report(catalog, parentNodes, entryPaths, root.Report);
        return catalog;
    }

    private static FlowDefinition ReadFlow(
        YamlMappingReader flow,
        string id,
        IReadOnlyList<string> defaultTags,
        IReadOnlyList<string> defaultCorrelationKeys,
        string? defaultOnFailure)
    {
        var success = flow.Mapping("success", CatalogKeys.Success);
        var sla = flow.Mapping("sla", ConfigKeys.Sla);
        return new FlowDefinition
        {
            Id = id,
            Enabled = flow.Bool("enabled", true),
            Description = flow.Text("description", null),
            Parent = flow.Text("parent", null),
            SuccessCriteria = success?.StringList("criteria", new string[0]) ?? new string[0],
            FailureClasses = ReadFailureClasses(flow),
            CorrelationKeys = defaultCorrelationKeys.Concat(flow.StringList("correlation_keys", new string[0])).Distinct(StringComparer.Ordinal).ToArray(),
            CodeRefs = flow.StringList("code_refs", new string[0]),
            SlaP95Ms = sla?.PositiveNumber("p95_ms", null),
            Tags = defaultTags.Concat(flow.StringList("tags", new string[0])).Distinct(StringComparer.Ordinal).ToArray(),
            OnFailure = flow.Text("on_failure", defaultOnFailure),
        };
    }

    /// <summary>Odd failure classes are kept (they only document intent) but flagged.</summary>
    private static IReadOnlyList<string> ReadFailureClasses(YamlMappingReader flow)
    {
        var scalars = flow.ScalarList("failure_classes");
        if (scalars is null)
        {
            return new string[0];
        }

        var classes = new string[scalars.Count];
        for (var i = 0; i < scalars.Count; i++)
        {
            classes[i] = scalars[i].Value!.Trim();
            if (FailureClassFormat.IsValid(classes[i]))
            {
                continue;
            }

            var upper = classes[i].ToUpperInvariant();
            var hint = FailureClassFormat.IsValid(upper) ? " (did you mean '" + upper + "'?)" : "";
            var path = flow.ChildPath("failure_classes") + "[" + i + "]";
            flow.Report.Warning(
                ConfigDiagnosticCodes.BadFailureClass,
                scalars[i],
                path,
                "failure class '" + classes[i] + "' is not of the form " + FailureClassFormat.Description + hint
                + "; it is kept as written, but triage groups failures by those categories");
        }

        return classes;
    }
}
