using System;
using System.Collections.Generic;
using System.Linq;

namespace FlowTest.Config;

/// <summary>The flow catalog: declared flows by id (SPEC §8).</summary>
internal sealed class FlowCatalog
{
    public static FlowCatalog Empty { get; } = new(new FlowDefinition[0]);

    public FlowCatalog(IReadOnlyDictionary<string, FlowDefinition> flows)
    {
        Flows = flows;
        Declared = flows.Values.ToArray();
    }

    /// <summary>Builds a catalog from flows in file order; the first flow with a given id wins.</summary>
    public FlowCatalog(IReadOnlyList<FlowDefinition> flowsInOrder)
    {
        var byId = new Dictionary<string, FlowDefinition>(StringComparer.Ordinal);
        var declared = new List<FlowDefinition>(flowsInOrder.Count);
        foreach (var flow in flowsInOrder)
        {
            if (!byId.ContainsKey(flow.Id))
            {
                byId.Add(flow.Id, flow);
                declared.Add(flow);
            }
        }

        Flows = byId;
        Declared = declared;
    }

    public IReadOnlyDictionary<string, FlowDefinition> Flows { get; }

    /// <summary>The flows in the order the file declares them (summaries list them that way).</summary>
    public IReadOnlyList<FlowDefinition> Declared { get; }

    public FlowDefinition? Find(string flowName) => Flows.TryGetValue(flowName, out var definition) ? definition : null;
}
