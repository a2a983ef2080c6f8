using System;
using System.Collections.Generic;

namespace FlowTest.Config;

/// <summary>The flow catalog: declared flows by id (SPEC §8).</summary>
internal sealed class FlowCatalog
{
    public static FlowCatalog Empty { get; } = new(new Dictionary<string, FlowDefinition>(StringComparer.Ordinal));

    public FlowCatalog(IReadOnlyDictionary<string, FlowDefinition> flows)
    {
        Flows = flows;
    }

    public IReadOnlyDictionary<string, FlowDefinition> Flows { get; }

    public FlowDefinition? Find(string flowName) => Flows.TryGetValue(flowName, out var definition) ? definition : null;
}
