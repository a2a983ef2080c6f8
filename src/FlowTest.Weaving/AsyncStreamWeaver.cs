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
        var completions = body.Instructions
            .Where(i => i.OpCode == OpCodes.Call && i.Operand is MethodReference { Name: "SetResult" or "SetException" } callee
                && callee.DeclaringType.GetElementType().FullName == promiseType)
            .ToList();
        if (completions.Count == 0)
        {
            throw new WeavingException("its MoveNext never completes the promise");
        }

        foreach (var call in completions)
        {
            if (((MethodReference)call.Operand).Name == "SetException")
            {
                var exception = new VariableDefinition(api.Exception);
                body.Variables.Add(exception);
                InsertBefore(il, call,
                    Instruction.Create(OpCodes.Stloc, exception),
                    Instruction.Create(OpCodes.Ldarg_0),
                    Instruction.Create(OpCodes.Ldfld, scope),
                    Instruction.Create(OpCodes.Ldloc, exception),
                    Instruction.Create(OpCodes.Ldstr, settings.Member),
                    settings.File is null ? Instruction.Create(OpCodes.Ldnull) : Instruction.Create(OpCodes.Ldstr, settings.File),
                    Instruction.Create(OpCodes.Ldc_I4, settings.Line),
                    Instruction.Create(OpCodes.Call, api.Fail),
                    Instruction.Create(OpCodes.Ldloc, exception));
            }
            else
            {
                // stack: promise&, hasItem  →  if (!hasItem) End(scope)
                var keep = Instruction.Create(OpCodes.Nop);
                InsertBefore(il, call,
                    Instruction.Create(OpCodes.Dup),
                    Instruction.Create(OpCodes.Brtrue, keep),
                    Instruction.Create(OpCodes.Ldarg_0),
                    Instruction.Create(OpCodes.Ldfld, scope),
                    Instruction.Create(OpCodes.Call, api.End),
                    keep);
            }
        }

        var first = body.Instructions[0];
        InsertBefore(il, first,
            Instruction.Create(OpCodes.Ldarg_0),
            Instruction.Create(OpCodes.Ldfld, scope),
            Instruction.Create(OpCodes.Call, api.Attach),
            Instruction.Create(OpCodes.Pop));
        body.OptimizeMacros();
    }

    private static void InsertBefore(ILProcessor il, Instruction target, params Instruction[] instructions)
    {
        foreach (var instruction in instructions)
        {
            il.InsertBefore(target, instruction);
        }
    }
}
