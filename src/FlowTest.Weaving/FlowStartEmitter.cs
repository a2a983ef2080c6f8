using System.Collections.Generic;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace FlowTest.Weaving;

/// <summary>
/// Emits the start of a woven flow from the method's own parameters. Equivalent C#:
/// <code>
/// FlowScope scope = null;
/// if (WovenFlow.ShouldRecord("Type/Method"))
///     scope = WovenFlow.Start("Type/Method", tags, "src/File.cs", 12, "Method", "a,!secret", new object[] { a, secret });
/// </code>
/// Nothing is allocated unless this flow is recorded.
/// </summary>
internal static class FlowStartEmitter
{
    public static List<Instruction> Emit(MethodDefinition method, FlowSettings settings, WovenApi api, VariableDefinition scope, Instruction continueAt)
    {
        var il = new List<Instruction>
        {
            // scope = null  (explicit: [SkipLocalsInit] methods would otherwise read garbage)
            Instruction.Create(OpCodes.Ldnull),
            Instruction.Create(OpCodes.Stloc, scope),

            // if (!WovenFlow.ShouldRecord(name)) goto body: no arguments boxed for a flow that is off
            Instruction.Create(OpCodes.Ldstr, settings.Name),
            Instruction.Create(OpCodes.Call, api.ShouldRecord),
            Instruction.Create(OpCodes.Brfalse, continueAt),
            Instruction.Create(OpCodes.Ldstr, settings.Name),
            LoadStringOrNull(settings.Tags),
            LoadStringOrNull(settings.File),
            Instruction.Create(OpCodes.Ldc_I4, settings.Line),
            LoadStringOrNull(settings.Member),
        };

        var captured = settings.CaptureArguments ? CapturedParameters(method) : new List<ParameterDefinition>();
        if (captured.Count == 0)
        {
            il.Add(Instruction.Create(OpCodes.Ldnull));
            il.Add(Instruction.Create(OpCodes.Ldnull));
        }
        else
        {
            il.Add(Instruction.Create(OpCodes.Ldstr, Layout(captured)));

            // new object[] { a, (object)b, "<Span<Int32>>", … }
            il.Add(Instruction.Create(OpCodes.Ldc_I4, captured.Count));
            il.Add(Instruction.Create(OpCodes.Newarr, method.Module.TypeSystem.Object));
            for (var i = 0; i < captured.Count; i++)
            {
                il.Add(Instruction.Create(OpCodes.Dup));
                il.Add(Instruction.Create(OpCodes.Ldc_I4, i));
                il.AddRange(LoadBoxed(captured[i]));
                il.Add(Instruction.Create(OpCodes.Stelem_Ref));
            }
        }

        il.Add(Instruction.Create(OpCodes.Call, api.Start));
        il.Add(Instruction.Create(OpCodes.Stloc, scope));
        return il;
    }

    /// <summary>Parameters recorded at entry: not <c>[NoTrace]</c>, not <c>out</c> (no value yet).</summary>
    public static List<ParameterDefinition> CapturedParameters(MethodDefinition method)
    {
        var captured = new List<ParameterDefinition>();
        foreach (var parameter in method.Parameters)
        {
            if (parameter.IsOut && parameter.ParameterType.IsByReference && !parameter.IsIn)
            {
                continue;
            }

            if (FlowAttributeReader.Has(parameter, AttributeNames.NoTrace))
            {
                continue;
            }

            captured.Add(parameter);
        }

        return captured;
    }

    /// <summary><c>a,!secret,c</c>: names in order, <c>!</c> before <c>[Redact]</c> ones.</summary>
    public static string Layout(List<ParameterDefinition> parameters)
    {
        var names = new List<string>(parameters.Count);
        foreach (var parameter in parameters)
        {
            var name = string.IsNullOrEmpty(parameter.Name) ? "arg" + parameter.Index : parameter.Name;
            names.Add(FlowAttributeReader.Has(parameter, AttributeNames.Redact) ? "!" + name : name);
        }

        return string.Join(",", names);
    }

    private static IEnumerable<Instruction> LoadBoxed(ParameterDefinition parameter)
    {
        var type = parameter.ParameterType;
        var byReference = type as ByReferenceType;
        var valueType = byReference?.ElementType ?? type;
        if (TypeShapes.CannotBox(valueType))
        {
            yield return Instruction.Create(OpCodes.Ldstr, TypeShapes.TypeOnlyMarker(valueType));
            yield break;
        }

        yield return Instruction.Create(OpCodes.Ldarg, parameter);
        if (byReference is not null)
        {
            // ref / in: the value behind the reference at entry.
            yield return Instruction.Create(OpCodes.Ldobj, valueType);
        }

        if (TypeShapes.NeedsBox(valueType))
        {
            yield return Instruction.Create(OpCodes.Box, valueType);
        }
    }

    private static Instruction LoadStringOrNull(string? value) =>
        value is null ? Instruction.Create(OpCodes.Ldnull) : Instruction.Create(OpCodes.Ldstr, value);
}
