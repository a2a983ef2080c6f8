namespace FlowTest.Weaving;

/// <summary>
/// Full names of the attributes the weaver looks for. Matched by name so the weaver needs no
/// reference to the runtime assembly it weaves against.
/// </summary>
internal static class AttributeNames
{
    public const string Flow = "FlowTest.FlowAttribute";
    public const string NoTrace = "FlowTest.NoTraceAttribute";
    public const string Redact = "FlowTest.RedactAttribute";
    public const string CompilerGenerated = "System.Runtime.CompilerServices.CompilerGeneratedAttribute";
    public const string AsyncStateMachine = "System.Runtime.CompilerServices.AsyncStateMachineAttribute";
    public const string IteratorStateMachine = "System.Runtime.CompilerServices.IteratorStateMachineAttribute";
    public const string AsyncIteratorStateMachine = "System.Runtime.CompilerServices.AsyncIteratorStateMachineAttribute";
    public const string IsByRefLike = "System.Runtime.CompilerServices.IsByRefLikeAttribute";

    /// <summary>The type added to a woven assembly so a second weave recognises it.</summary>
    public const string WovenMarkerType = "<FlowTestWoven>";
}
