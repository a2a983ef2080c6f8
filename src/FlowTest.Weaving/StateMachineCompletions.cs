using System.Collections.Generic;
using System.Linq;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace FlowTest.Weaving;

/// <summary>
/// What async methods and async iterators share in <c>MoveNext</c>: the calls that complete the
/// builder (or the async iterator's promise), and the code that records an exception right before
/// it is handed to <c>SetException</c>, so the caller sees the same exception object.
/// </summary>
internal static class StateMachineCompletions
{
    /// <summary>The <c>SetResult</c>/<c>SetException</c> calls on the completion type named <paramref name="completionType"/>.</summary>
    public static List<Instruction> Find(MethodBody body, string completionType) =>
        body.Instructions
            .Where(i => (i.OpCode == OpCodes.Call || i.OpCode == OpCodes.Callvirt) && i.Operand is MethodReference { Name: "SetResult" or "SetException" } callee
                && callee.DeclaringType.GetElementType().FullName == completionType)
            .ToList();

    public static bool IsSetException(Instruction call) => ((MethodReference)call.Operand).Name == "SetException";

    /// <summary>
    /// Before <c>SetException(e)</c> (stack: completion&amp;, e): keeps <c>e</c> aside, calls
    /// <c>WovenFlow.Fail(this.scope, e, member, file, line)</c>, puts <c>e</c> back.
    /// </summary>
    public static void RecordExceptionBefore(MethodBody body, Instruction setException, FieldReference scope, FlowSettings settings, WovenApi api)
    {
        var exception = new VariableDefinition(api.Exception);
        body.Variables.Add(exception);
        var il = body.GetILProcessor();
        InsertBefore(il, setException,
            Instruction.Create(OpCodes.Stloc, exception),
            Instruction.Create(OpCodes.Ldarg_0),
            Instruction.Create(OpCodes.Ldfld, scope),
            Instruction.Create(OpCodes.Ldloc, exception));
        InsertBefore(il, setException, SyncMethodWeaver.LocationInstructions(settings));
        InsertBefore(il, setException,
            Instruction.Create(OpCodes.Call, api.Fail),
            Instruction.Create(OpCodes.Ldloc, exception));
    }

    /// <summary>Inserts <paramref name="instructions"/> in order before <paramref name="target"/>.</summary>
    public static void InsertBefore(ILProcessor il, Instruction target, params Instruction[] instructions)
    {
        foreach (var instruction in instructions)
        {
            il.InsertBefore(target, instruction);
        }
    }
}
