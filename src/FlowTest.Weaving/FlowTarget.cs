using Mono.Cecil;

namespace FlowTest.Weaving;

/// <summary>A method to weave and the <c>[Flow]</c> attribute that asked for it (its own or its type's).</summary>
internal sealed class FlowTarget
{
    public FlowTarget(MethodDefinition method, CustomAttribute attribute)
    {
        Method = method;
        Attribute = attribute;
    }

    public MethodDefinition Method { get; }

    public CustomAttribute Attribute { get; }
}
