using Mono.Cecil.Cil;

namespace FlowTest.Weaving;

/// <summary>Small invariants the weavers keep when they append code to a method body.</summary>
internal static class MethodBodies
{
    /// <summary>
    /// Cecil marks a handler that runs to the end of the body with a null end; code appended after it
    /// would silently join that handler. Pin such ends to <paramref name="firstAppended"/>.
    /// </summary>
    public static void CloseHandlersAtEnd(MethodBody body, Instruction firstAppended)
    {
        foreach (var handler in body.ExceptionHandlers)
        {
            handler.TryEnd ??= firstAppended;
            handler.HandlerEnd ??= firstAppended;
        }
    }
}
