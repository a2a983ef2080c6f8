using System;
using System.Collections.Generic;
using YamlDotNet.RepresentationModel;

namespace FlowTest.Config;

/// <summary>The sections of <c>flowtest.yaml</c> that are more than a set of scalar keys.</summary>
internal static partial class FlowTestConfigParser
{
    private static SinksConfig ReadSinks(YamlMappingReader root)
    {
        var defaults = new SinksConfig();
        var node = root.Find("sinks");
        var items = node is null ? null : root.ListItems(node, "sinks");
        if (items is null)
        {
            return defaults;
        }

        var console = false;
        var jsonl = false;
        var valid = true;
        for (var i = 0; i < items.Count; i++)
        {
            var itemPath = "sinks[" + i + "]";
            if (!TryReadSink(items[i], itemPath, root.Report, out var type, out var typeNode, out var pathNode))
            {
                valid = false;
                continue;
            }

            switch (type.ToLowerInvariant())
            {
                case "console":
                    console = true;
                    break;
                case "jsonl":
                    jsonl = true;
                    if (pathNode is not null)
                    {
                        root.Report.Warning(
                            ConfigDiagnosticCodes.NotSupported,
                            pathNode,
                            itemPath + ".path",
                            "'" + itemPath + ".path' is not supported: the trace is always written to runs/<run_id>/trace.jsonl under the artifacts root; remove the key");
                    }

                    break;
                case "sqlite":
                    root.Report.Warning(
                        ConfigDiagnosticCodes.NotSupported,
                        typeNode,
                        itemPath + ".type",
                        "the sqlite sink is not supported yet and is ignored; use 'jsonl' for a trace file");
                    break;
                default:
                    valid = false;
                    root.Report.Error(
                        ConfigDiagnosticCodes.InvalidValue,
                        typeNode,
                        itemPath + ".type",
                        "'" + itemPath + ".type' must be one of " + string.Join(", ", ConfigChoices.SinkTypes) + ", got '" + type + "'"
                        + NameSuggester.DidYouMean(type, ConfigChoices.SinkTypes) + "; the sinks keep their defaults (console and jsonl)");
                    break;
            }
        }

        return valid ? new SinksConfig { Console = console, Jsonl = jsonl } : defaults;
    }

    /// <summary>A sink is <c>- console</c> or <c>- type: jsonl</c> with an optional <c>path</c>.</summary>
    private static bool TryReadSink(YamlNode item, string itemPath, ConfigDiagnosticCollector report, out string type, out YamlNode typeNode, out YamlNode? pathNode)
    {
        type = "";
        typeNode = item;
        pathNode = null;
        if (item is YamlScalarNode scalar && !YamlScalars.IsNull(scalar))
        {
            type = (scalar.Value ?? "").Trim();
            return true;
        }

        var sink = YamlMappingReader.Open(item, itemPath, report, ConfigKeys.Sink);
        if (sink is null)
        {
            if (YamlScalars.IsNull(item))
            {
                report.Error(ConfigDiagnosticCodes.MissingKey, item, itemPath, "'" + itemPath + "' is empty; give it a 'type' (console or jsonl) or remove it. The sinks keep their defaults");
            }

            return false;
        }

        var typeText = sink.Text("type", null);
        if (typeText is null)
        {
            report.Error(ConfigDiagnosticCodes.MissingKey, item, itemPath + ".type", "'" + itemPath + "' needs a 'type' (console or jsonl); the sinks keep their defaults");
            return false;
        }

        type = typeText;
        typeNode = sink.Find("type") ?? item;
        pathNode = sink.Find("path");
        return true;
    }

    private static PerformanceConfig ReadPerformance(YamlMappingReader? section)
    {
        var defaults = new PerformanceConfig();
        if (section is null)
        {
            return defaults;
        }

        var slaP95Ms = new Dictionary<string, double>(StringComparer.Ordinal);
        var overrides = section.Mapping("sla_overrides", knownKeys: null);
        if (overrides is not null)
        {
            foreach (var entry in overrides.Entries)
            {
                var flowName = entry.Key.Value?.Trim() ?? "";
                var sla = YamlMappingReader.Open(entry.Value, overrides.ChildPath(flowName), overrides.Report, ConfigKeys.Sla);
                var p95 = sla?.PositiveNumber("p95_ms", null);
                if (p95 is not null)
                {
                    slaP95Ms[flowName] = p95.Value;
                }
            }
        }

        return new PerformanceConfig
        {
            LatencyBucketsMs = section.PositiveNumberList("latency_buckets_ms", defaults.LatencyBucketsMs),
            SlaP95Ms = slaP95Ms,
        };
    }
}
