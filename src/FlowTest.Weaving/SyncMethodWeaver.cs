using System.Linq;
using Mono.Cecil;
using Mono.Cecil.Cil;
using Mono.Cecil.Rocks;

namespace FlowTest.Weaving;

/// <summary>
/// Weaves a method that does its work before it returns. Equivalent C#:
/// <code>
/// FlowScope scope = null;
/// if (WovenFlow.ShouldRecord(name)) scope = WovenFlow.Start(…);
/// T result;
/// try
/// {
///     … original body; every `return x` becomes `result = x; leave end` …
/// }
/// catch (Exception e)
/// {
///     WovenFlow.Fail(scope, e, member, file, line);
///     throw;   // IL rethrow: same object, same stack trace
/// }
/// end:
/// WovenFlow.End&lt;T&gt;(scope, result, options);
/// return result;
/// </code>
/// Constructors start the flow after their base/this constructor call. A method that returns a
/// <c>Task</c> without being async ends its flow when that task completes (<c>WovenFlow.EndWhenDone</c>).
/// </summary>
internal static class SyncMethodWeaver
{
    public static void Weave(MethodDefinition method, FlowSettings settings, WovenApi api)
    {
        var body = method.Body;
        body.SimplifyMacros();
        var scope = new VariableDefinition(api.FlowScope);
        body.Variables.Add(scope);
        var exception = new VariableDefinition(api.Exception);
        body.Variables.Add(exception);
        var returnType = method.ReturnType;
        var result = TypeShapes.IsVoid(returnType) ? null : new VariableDefinition(returnType);
        if (result is not null)
        {
            body.Variables.Add(result);
        }

        var il = body.GetILProcessor();

        // A tail call cannot leave a protected region; the prefix is only a hint, so it becomes a nop
        // (a nop, not a removal, so branches to it stay valid).
        foreach (var tail in body.Instructions.Where(i => i.OpCode == OpCodes.Tail))
        {
            tail.OpCode = OpCodes.Nop;
        }

        var bodyStart = FirstInstructionOfFlow(method);
        var end = Instruction.Create(OpCodes.Ldloc, scope);

        // Every `ret` of the original body becomes `result = value; leave end`: one exit, outside the try.
        foreach (var ret in body.Instructions.Where(i => i.OpCode == OpCodes.Ret).ToList())
        {
            if (result is null)
            {
                ret.OpCode = OpCodes.Leave;
                ret.Operand = end;
            }
            else
            {
                ret.OpCode = OpCodes.Stloc;
                ret.Operand = result;
                il.InsertAfter(ret, Instruction.Create(OpCodes.Leave, end));
            }
        }

        foreach (var instruction in FlowStartEmitter.Emit(method, settings, api, scope, bodyStart))
        {
            il.InsertBefore(bodyStart, instruction);
        }

        // catch (Exception e) { WovenFlow.Fail(scope, e, member, file, line); throw; }
        var handlerStart = Instruction.Create(OpCodes.Stloc, exception);
        MethodBodies.CloseHandlersAtEnd(body, handlerStart);
        il.Append(handlerStart);
        il.Append(Instruction.Create(OpCodes.Ldloc, scope));
        il.Append(Instruction.Create(OpCodes.Ldloc, exception));
        AppendLocation(il, settings);
        il.Append(Instruction.Create(OpCodes.Call, api.Fail));
        il.Append(Instruction.Create(OpCodes.Rethrow));

        // end: WovenFlow.End(scope[, result, options]); return [result];
        il.Append(end);
        AppendEnd(il, api, settings, result, () => Instruction.Create(OpCodes.Ldloc, result));
        if (result is not null)
        {
            il.Append(Instruction.Create(OpCodes.Ldloc, result));
        }

        il.Append(Instruction.Create(OpCodes.Ret));

        body.ExceptionHandlers.Add(new ExceptionHandler(ExceptionHandlerType.Catch)
        {
            TryStart = bodyStart,
            TryEnd = handlerStart,
            HandlerStart = handlerStart,
            HandlerEnd = end,
            CatchType = api.Exception,
        });
        body.OptimizeMacros();
    }

    /// <summary>
    /// With the scope already on the stack, ends the flow: <c>End&lt;T&gt;(scope, result, options)</c> when the
    /// result can be a generic argument, else <c>End(scope)</c>.
    /// </summary>
    public static void AppendEnd(ILProcessor il, WovenApi api, FlowSettings settings, VariableDefinition? result, System.Func<Instruction> loadResult)
    {
        var endWhenDone = result is null ? null : api.EndWhenDoneFor(result.VariableType);
        if (endWhenDone is not null)
        {
            // A Task returned without async: the flow ends when the task does.
            il.Append(loadResult());
            if (endWhenDone is GenericInstanceMethod)
            {
                il.Append(Instruction.Create(OpCodes.Ldc_I4, Options(settings)));
            }

            il.Append(Instruction.Create(OpCodes.Call, endWhenDone));
            return;
        }

        if (result is null || result.VariableType.IsByReference || TypeShapes.CannotBox(result.VariableType))
        {
            il.Append(Instruction.Create(OpCodes.Call, api.End));
            return;
        }

        il.Append(loadResult());
        il.Append(Instruction.Create(OpCodes.Ldc_I4, Options(settings)));
        il.Append(Instruction.Create(OpCodes.Call, api.EndWith(result.VariableType)));
    }

    public static int Options(FlowSettings settings) => (settings.ExitCode ? 1 : 0) | (settings.CaptureReturnValue ? 2 : 0);

    public static void AppendLocation(ILProcessor il, FlowSettings settings)
    {
        foreach (var instruction in LocationInstructions(settings))
        {
            il.Append(instruction);
        }
    }

    /// <summary>Loads the member, file (null without symbols) and line that <c>WovenFlow.Fail</c> takes after the exception.</summary>
    public static Instruction[] LocationInstructions(FlowSettings settings) => new[]
    {
        Instruction.Create(OpCodes.Ldstr, settings.Member),
        settings.File is null ? Instruction.Create(OpCodes.Ldnull) : Instruction.Create(OpCodes.Ldstr, settings.File),
        Instruction.Create(OpCodes.Ldc_I4, settings.Line),
    };

    /// <summary>The first instruction after a constructor's base/this call; the first instruction otherwise.</summary>
    private static Instruction FirstInstructionOfFlow(MethodDefinition method)
    {
        var instructions = method.Body.Instructions;
        if (method.IsConstructor && !method.IsStatic && !method.DeclaringType.IsValueType)
        {
            var self = method.DeclaringType.FullName;
            var baseType = method.DeclaringType.BaseType?.GetElementType().FullName;
            foreach (var instruction in instructions)
            {
                if (instruction.OpCode == OpCodes.Call && instruction.Operand is MethodReference { Name: ".ctor" } callee)
                {
                    var owner = callee.DeclaringType.GetElementType().FullName;
                    if (owner == self || owner == baseType)
                    {
                        return instruction.Next;
                    }
                }
            }
        }

        return instructions[0];
    }
}
