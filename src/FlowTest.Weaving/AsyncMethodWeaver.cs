using System.Linq;
using Mono.Cecil;
using Mono.Cecil.Cil;
using Mono.Cecil.Rocks;

namespace FlowTest.Weaving;

/// <summary>
/// Weaves an <c>async</c> method (any builder: Task, ValueTask, custom, async void) through its
/// state machine, so the flow ends when the work ends, not when the first await returns.
/// Kickoff method, equivalent C#:
/// <code>
/// FlowScope scope = null;
/// if (WovenFlow.ShouldRecord(name)) scope = WovenFlow.Start(…);
/// stateMachine.&lt;&gt;1__state = -1;
/// stateMachine.&lt;&gt;ft__scope = scope;          // added
/// stateMachine.&lt;&gt;t__builder.Start(ref stateMachine);
/// WovenFlow.Detach(scope);                       // added before each return: the caller's flow is current again
/// return stateMachine.&lt;&gt;t__builder.Task;
/// </code>
/// <c>MoveNext</c>, right before the builder completes the task (the same task goes back to the caller):
/// <code>
/// WovenFlow.End&lt;T&gt;(this.&lt;&gt;ft__scope, result, options); builder.SetResult(result);
/// WovenFlow.Fail(this.&lt;&gt;ft__scope, e, …);               builder.SetException(e);
/// </code>
/// </summary>
internal static class AsyncMethodWeaver
{
    public const string ScopeFieldName = "<>ft__scope";

    public static void Weave(MethodDefinition kickoff, TypeDefinition stateMachine, FlowSettings settings, WovenApi api)
    {
        var moveNext = StateMachines.Method(stateMachine, "MoveNext") ?? throw new WeavingException("its state machine has no MoveNext");
        var builderField = StateMachines.Field(stateMachine, "<>t__builder") ?? throw new WeavingException("its state machine has no builder field");
        var scopeField = new FieldDefinition(ScopeFieldName, FieldAttributes.Public, api.FlowScope);
        stateMachine.Fields.Add(scopeField);

        WeaveKickoff(kickoff, settings, api, scopeField);
        WeaveMoveNext(moveNext, builderField, settings, api, scopeField);
    }

    private static void WeaveKickoff(MethodDefinition kickoff, FlowSettings settings, WovenApi api, FieldDefinition scopeField)
    {
        var body = kickoff.Body;
        body.SimplifyMacros();
        var il = body.GetILProcessor();
        var scope = new VariableDefinition(api.FlowScope);
        body.Variables.Add(scope);

        // The state store `sm.<>1__state = -1` names the state machine as the kickoff sees it (generic instance, local or address).
        var stateStore = body.Instructions.FirstOrDefault(i => i.OpCode == OpCodes.Stfld && i.Operand is FieldReference { Name: "<>1__state" })
            ?? throw new WeavingException("its kickoff method does not initialise the state machine");
        var loadStateMachine = stateStore.Previous?.Previous;
        if (loadStateMachine is null || (loadStateMachine.OpCode != OpCodes.Ldloca && loadStateMachine.OpCode != OpCodes.Ldloc))
        {
            throw new WeavingException("its kickoff method has an unexpected shape");
        }

        var scopeReference = Rebind(scopeField, ((FieldReference)stateStore.Operand).DeclaringType);
        il.InsertAfter(stateStore, Instruction.Create(loadStateMachine.OpCode, (VariableDefinition)loadStateMachine.Operand));
        il.InsertAfter(stateStore.Next, Instruction.Create(OpCodes.Ldloc, scope));
        il.InsertAfter(stateStore.Next.Next, Instruction.Create(OpCodes.Stfld, scopeReference));

        foreach (var ret in body.Instructions.Where(i => i.OpCode == OpCodes.Ret).ToList())
        {
            il.InsertBefore(ret, Instruction.Create(OpCodes.Ldloc, scope));
            il.InsertBefore(ret, Instruction.Create(OpCodes.Call, api.Detach));
        }

        var first = body.Instructions[0];
        foreach (var instruction in FlowStartEmitter.Emit(kickoff, settings, api, scope, first))
        {
            il.InsertBefore(first, instruction);
        }

        body.OptimizeMacros();
    }

    private static void WeaveMoveNext(MethodDefinition moveNext, FieldDefinition builderField, FlowSettings settings, WovenApi api, FieldDefinition scopeField)
    {
        var body = moveNext.Body;
        body.SimplifyMacros();
        var il = body.GetILProcessor();
        var stateAccess = body.Instructions.FirstOrDefault(i => i.Operand is FieldReference { Name: "<>1__state" })
            ?? throw new WeavingException("its MoveNext does not read the state");
        var scopeReference = Rebind(scopeField, ((FieldReference)stateAccess.Operand).DeclaringType);
        var builderType = builderField.FieldType.GetElementType().FullName;
        var completions = StateMachineCompletions.Find(body, builderType);
        if (completions.Count == 0)
        {
            throw new WeavingException("its MoveNext never completes the builder");
        }

        foreach (var call in completions)
        {
            var callee = (MethodReference)call.Operand;
            if (StateMachineCompletions.IsSetException(call))
            {
                StateMachineCompletions.RecordExceptionBefore(body, call, scopeReference, settings, api);
            }
            else if (callee.Parameters.Count == 0)
            {
                StateMachineCompletions.InsertBefore(il, call,
                    Instruction.Create(OpCodes.Ldarg_0),
                    Instruction.Create(OpCodes.Ldfld, scopeReference),
                    Instruction.Create(OpCodes.Call, api.End));
            }
            else
            {
                var resultType = ResultType(callee);
                var result = new VariableDefinition(resultType);
                body.Variables.Add(result);
                StateMachineCompletions.InsertBefore(il, call,
                    Instruction.Create(OpCodes.Stloc, result),
                    Instruction.Create(OpCodes.Ldarg_0),
                    Instruction.Create(OpCodes.Ldfld, scopeReference),
                    Instruction.Create(OpCodes.Ldloc, result),
                    Instruction.Create(OpCodes.Ldc_I4, SyncMethodWeaver.Options(settings)),
                    Instruction.Create(OpCodes.Call, api.EndWith(resultType)),
                    Instruction.Create(OpCodes.Ldloc, result));
            }
        }

        body.OptimizeMacros();
    }

    /// <summary>The type of <c>SetResult</c>'s argument as seen from <c>MoveNext</c> (the builder's generic argument).</summary>
    private static TypeReference ResultType(MethodReference setResult)
    {
        var parameterType = setResult.Parameters[0].ParameterType;
        if (parameterType is GenericParameter { Type: GenericParameterType.Type } generic && setResult.DeclaringType is GenericInstanceType owner)
        {
            return owner.GenericArguments[generic.Position];
        }

        return parameterType;
    }

    /// <summary>A reference to <paramref name="field"/> on the state machine as the code at hand names it.</summary>
    public static FieldReference Rebind(FieldDefinition field, TypeReference declaringType) =>
        declaringType is GenericInstanceType ? new FieldReference(field.Name, field.FieldType, declaringType) : field;
}
