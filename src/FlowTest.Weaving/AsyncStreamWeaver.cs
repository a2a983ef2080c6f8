using System.Linq;
using Mono.Cecil;
using Mono.Cecil.Cil;
using Mono.Cecil.Rocks;

namespace FlowTest.Weaving;

/// <summary>
/// Weaves an async iterator (<c>async IAsyncEnumerable&lt;T&gt;</c> with <c>yield return</c>): the flow
/// starts at the call and ends when asynchronous enumeration ends. The kickoff method and
/// <c>GetAsyncEnumerator</c> are woven as for iterators; <c>MoveNext</c>, equivalent C#:
/// <code>
/// WovenFlow.Attach(this.&lt;&gt;ft__scope);   // builder.MoveNext restores the caller's context afterwards
/// …
/// if (!hasItem) WovenFlow.End(this.&lt;&gt;ft__scope);  promise.SetResult(hasItem);   // false: enumeration ended (or disposed)
/// WovenFlow.Fail(this.&lt;&gt;ft__scope, e, …);          promise.SetException(e);
/// </code>
/// </summary>
internal static class AsyncStreamWeaver
{
    private const string PromiseField = "<>v__promiseOfValueOrEnd";

    public static void Weave(MethodDefinition kickoff, TypeDefinition stateMachine, FlowSettings settings, WovenApi api)
    {
        var moveNext = StateMachines.Method(stateMachine, "MoveNext") ?? throw new WeavingException("its async iterator has no MoveNext");
        var promise = StateMachines.Field(stateMachine, PromiseField) ?? throw new WeavingException("its async iterator has no completion promise");
        var scopeField = new FieldDefinition(AsyncMethodWeaver.ScopeFieldName, FieldAttributes.Public, api.FlowScope);
        stateMachine.Fields.Add(scopeField);

        IteratorMethodWeaver.WeaveKickoff(kickoff, settings, api, scopeField);
        var getEnumerator = stateMachine.Methods.FirstOrDefault(m => m.Name.StartsWith("System.Collections.Generic.IAsyncEnumerable<", System.StringComparison.Ordinal) && m.Name.EndsWith(".GetAsyncEnumerator", System.StringComparison.Ordinal));
        if (getEnumerator is not null)
        {
            IteratorMethodWeaver.WeaveGetEnumerator(getEnumerator, scopeField);
        }

        WeaveMoveNext(moveNext, promise, settings, api, scopeField);
    }

    private static void WeaveMoveNext(MethodDefinition moveNext, FieldDefinition promise, FlowSettings settings, WovenApi api, FieldDefinition scopeField)
    {
        var body = moveNext.Body;
        body.SimplifyMacros();
        var il = body.GetILProcessor();
        var scope = IteratorMethodWeaver.SelfField(scopeField);
        var promiseType = promise.FieldType.GetElementType().FullName;
        var completions = StateMachineCompletions.Find(body, promiseType);
        if (completions.Count == 0)
        {
            throw new WeavingException("its MoveNext never completes the promise");
        }

        foreach (var call in completions)
        {
            if (StateMachineCompletions.IsSetException(call))
            {
                StateMachineCompletions.RecordExceptionBefore(body, call, scope, settings, api);
            }
            else
            {
                // stack: promise&, hasItem  →  if (!hasItem) End(scope)
                var keep = Instruction.Create(OpCodes.Nop);
                StateMachineCompletions.InsertBefore(il, call,
                    Instruction.Create(OpCodes.Dup),
                    Instruction.Create(OpCodes.Brtrue, keep),
                    Instruction.Create(OpCodes.Ldarg_0),
                    Instruction.Create(OpCodes.Ldfld, scope),
                    Instruction.Create(OpCodes.Call, api.End),
                    keep);
            }
        }

        var first = body.Instructions[0];
        StateMachineCompletions.InsertBefore(il, first,
            Instruction.Create(OpCodes.Ldarg_0),
            Instruction.Create(OpCodes.Ldfld, scope),
            Instruction.Create(OpCodes.Call, api.Attach),
            Instruction.Create(OpCodes.Pop));
        body.OptimizeMacros();
    }
}
