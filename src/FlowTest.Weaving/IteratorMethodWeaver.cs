using System.Linq;
using Mono.Cecil;
using Mono.Cecil.Cil;
using Mono.Cecil.Rocks;

namespace FlowTest.Weaving;

/// <summary>
/// Weaves an iterator (<c>yield return</c>): the flow starts at the call and ends when enumeration
/// ends — <c>MoveNext</c> returns false, throws, or the enumerator is disposed early. Equivalent C#:
/// <code>
/// // kickoff
/// var iterator = new &lt;Items&gt;d__1(-2) { … };
/// iterator.&lt;&gt;ft__scope = scope; WovenFlow.Detach(scope); return iterator;
/// // GetEnumerator: the enumerator it returns carries the same scope
/// // MoveNext
/// var previous = WovenFlow.Attach(scope);
/// try
/// {
///     try { result = … original body …; }
///     catch (Exception e) when (WovenFlow.Fail(scope, e, …) is false) { }   // records and ends, never catches
/// }
/// finally { WovenFlow.Restore(scope, previous); }   // the enumerating code's flow, not the creator's
/// if (!result) WovenFlow.End(scope);
/// return result;
/// // Dispose
/// WovenFlow.End(scope); … original body …
/// </code>
/// </summary>
internal static class IteratorMethodWeaver
{
    public static void Weave(MethodDefinition kickoff, TypeDefinition stateMachine, FlowSettings settings, WovenApi api)
    {
        var moveNext = StateMachines.Method(stateMachine, "MoveNext") ?? throw new WeavingException("its iterator has no MoveNext");
        var scopeField = new FieldDefinition(AsyncMethodWeaver.ScopeFieldName, FieldAttributes.Public, api.FlowScope);
        stateMachine.Fields.Add(scopeField);

        WeaveKickoff(kickoff, settings, api, scopeField);
        var getEnumerator = stateMachine.Methods.FirstOrDefault(m => m.Name.StartsWith("System.Collections.Generic.IEnumerable<", System.StringComparison.Ordinal) && m.Name.EndsWith(".GetEnumerator", System.StringComparison.Ordinal));
        if (getEnumerator is not null)
        {
            WeaveGetEnumerator(getEnumerator, scopeField);
        }

        WeaveMoveNext(moveNext, settings, api, scopeField);
        var dispose = StateMachines.Method(stateMachine, "Dispose");
        if (dispose is not null)
        {
            var body = dispose.Body;
            body.SimplifyMacros();
            var il = body.GetILProcessor();
            var first = body.Instructions[0];
            il.InsertBefore(first, Instruction.Create(OpCodes.Ldarg_0));
            il.InsertBefore(first, Instruction.Create(OpCodes.Ldfld, SelfField(scopeField)));
            il.InsertBefore(first, Instruction.Create(OpCodes.Call, api.End));
            body.OptimizeMacros();
        }
    }

    internal static void WeaveKickoff(MethodDefinition kickoff, FlowSettings settings, WovenApi api, FieldDefinition scopeField)
    {
        var body = kickoff.Body;
        body.SimplifyMacros();
        var il = body.GetILProcessor();
        var scope = new VariableDefinition(api.FlowScope);
        body.Variables.Add(scope);
        var creation = body.Instructions.FirstOrDefault(i => i.OpCode == OpCodes.Newobj && i.Operand is MethodReference m && m.DeclaringType.GetElementType().Resolve() == scopeField.DeclaringType)
            ?? throw new WeavingException("its kickoff method does not create the iterator");
        var scopeReference = AsyncMethodWeaver.Rebind(scopeField, ((MethodReference)creation.Operand).DeclaringType);
        foreach (var ret in body.Instructions.Where(i => i.OpCode == OpCodes.Ret).ToList())
        {
            // stack: iterator
            il.InsertBefore(ret, Instruction.Create(OpCodes.Dup));
            il.InsertBefore(ret, Instruction.Create(OpCodes.Castclass, scopeReference.DeclaringType));
            il.InsertBefore(ret, Instruction.Create(OpCodes.Ldloc, scope));
            il.InsertBefore(ret, Instruction.Create(OpCodes.Stfld, scopeReference));
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

    internal static void WeaveGetEnumerator(MethodDefinition getEnumerator, FieldDefinition scopeField)
    {
        var body = getEnumerator.Body;
        body.SimplifyMacros();
        var il = body.GetILProcessor();
        var scopeReference = SelfField(scopeField);
        foreach (var ret in body.Instructions.Where(i => i.OpCode == OpCodes.Ret).ToList())
        {
            // stack: enumerator (maybe this) → enumerator.<>ft__scope = this.<>ft__scope
            il.InsertBefore(ret, Instruction.Create(OpCodes.Dup));
            il.InsertBefore(ret, Instruction.Create(OpCodes.Castclass, scopeReference.DeclaringType));
            il.InsertBefore(ret, Instruction.Create(OpCodes.Ldarg_0));
            il.InsertBefore(ret, Instruction.Create(OpCodes.Ldfld, scopeReference));
            il.InsertBefore(ret, Instruction.Create(OpCodes.Stfld, scopeReference));
        }

        body.OptimizeMacros();
    }

    private static void WeaveMoveNext(MethodDefinition moveNext, FlowSettings settings, WovenApi api, FieldDefinition scopeField)
    {
        var body = moveNext.Body;
        body.SimplifyMacros();
        var il = body.GetILProcessor();
        var scopeReference = SelfField(scopeField);
        var result = new VariableDefinition(moveNext.ReturnType);
        body.Variables.Add(result);
        var exception = new VariableDefinition(api.Exception);
        body.Variables.Add(exception);
        var previous = new VariableDefinition(api.FlowScope);
        body.Variables.Add(previous);
        var bodyStart = body.Instructions[0];
        var end = Instruction.Create(OpCodes.Ldloc, result);

        foreach (var ret in body.Instructions.Where(i => i.OpCode == OpCodes.Ret).ToList())
        {
            ret.OpCode = OpCodes.Stloc;
            ret.Operand = result;
            il.InsertAfter(ret, Instruction.Create(OpCodes.Leave, end));
        }

        // previous = WovenFlow.Attach(this.<>ft__scope);
        il.InsertBefore(bodyStart, Instruction.Create(OpCodes.Ldarg_0));
        il.InsertBefore(bodyStart, Instruction.Create(OpCodes.Ldfld, scopeReference));
        il.InsertBefore(bodyStart, Instruction.Create(OpCodes.Call, api.Attach));
        il.InsertBefore(bodyStart, Instruction.Create(OpCodes.Stloc, previous));

        // filter: record and end the flow, never catch. A filter runs before the iterator's own fault
        // handler, which disposes the iterator (and would otherwise end the flow as a success first).
        var filterStart = Instruction.Create(OpCodes.Isinst, api.Exception);
        MethodBodies.CloseHandlersAtEnd(body, filterStart);
        il.Append(filterStart);
        il.Append(Instruction.Create(OpCodes.Stloc, exception));
        il.Append(Instruction.Create(OpCodes.Ldarg_0));
        il.Append(Instruction.Create(OpCodes.Ldfld, scopeReference));
        il.Append(Instruction.Create(OpCodes.Ldloc, exception));
        SyncMethodWeaver.AppendLocation(il, settings);
        il.Append(Instruction.Create(OpCodes.Call, api.Fail));
        il.Append(Instruction.Create(OpCodes.Ldc_I4_0));
        il.Append(Instruction.Create(OpCodes.Endfilter));

        // The handler is never entered (the filter always declines); it only has to be valid.
        var handlerStart = Instruction.Create(OpCodes.Pop);
        il.Append(handlerStart);
        il.Append(Instruction.Create(OpCodes.Rethrow));

        // finally { WovenFlow.Restore(this.<>ft__scope, previous); }: the enumerating code's own flow, however MoveNext ends.
        var finallyStart = Instruction.Create(OpCodes.Ldarg_0);
        il.Append(finallyStart);
        il.Append(Instruction.Create(OpCodes.Ldfld, scopeReference));
        il.Append(Instruction.Create(OpCodes.Ldloc, previous));
        il.Append(Instruction.Create(OpCodes.Call, api.Restore));
        il.Append(Instruction.Create(OpCodes.Endfinally));

        // end: if (!result) WovenFlow.End(this.<>ft__scope); return result;
        var done = Instruction.Create(OpCodes.Ldloc, result);
        il.Append(end);
        il.Append(Instruction.Create(OpCodes.Brtrue, done));
        il.Append(Instruction.Create(OpCodes.Ldarg_0));
        il.Append(Instruction.Create(OpCodes.Ldfld, scopeReference));
        il.Append(Instruction.Create(OpCodes.Call, api.End));
        il.Append(done);
        il.Append(Instruction.Create(OpCodes.Ret));

        body.ExceptionHandlers.Add(new ExceptionHandler(ExceptionHandlerType.Filter)
        {
            TryStart = bodyStart,
            TryEnd = filterStart,
            FilterStart = filterStart,
            HandlerStart = handlerStart,
            HandlerEnd = finallyStart,
        });
        body.ExceptionHandlers.Add(new ExceptionHandler(ExceptionHandlerType.Finally)
        {
            TryStart = bodyStart,
            TryEnd = finallyStart,
            HandlerStart = finallyStart,
            HandlerEnd = end,
        });
        body.OptimizeMacros();
    }

    /// <summary>The scope field as a method of the state machine itself names it (its own generic parameters).</summary>
    internal static FieldReference SelfField(FieldDefinition scopeField)
    {
        var type = scopeField.DeclaringType;
        if (!type.HasGenericParameters)
        {
            return scopeField;
        }

        var self = new GenericInstanceType(type);
        foreach (var parameter in type.GenericParameters)
        {
            self.GenericArguments.Add(parameter);
        }

        return new FieldReference(scopeField.Name, scopeField.FieldType, self);
    }
}
