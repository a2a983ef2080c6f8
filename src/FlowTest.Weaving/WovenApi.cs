using Mono.Cecil;

namespace FlowTest.Weaving;

/// <summary>
/// References to the runtime entry points in <c>FlowTest.Woven.WovenFlow</c>, built by signature
/// against the FlowTest assembly the module already references (through <c>[Flow]</c>), so the
/// weaver never loads the runtime.
/// </summary>
internal sealed class WovenApi
{
    private readonly TypeReference _wovenFlow;
    private readonly TypeReference _options;
    private readonly TypeReference _void;

    public WovenApi(ModuleDefinition module, IMetadataScope runtime)
    {
        var corlib = module.TypeSystem;
        FlowScope = new TypeReference("FlowTest", "FlowScope", module, runtime);
        Exception = new TypeReference("System", "Exception", module, corlib.CoreLibrary);
        var wovenFlow = new TypeReference("FlowTest.Woven", "WovenFlow", module, runtime);
        var options = new TypeReference("FlowTest.Woven", "WovenResultOptions", module, runtime) { IsValueType = true };
        _wovenFlow = wovenFlow;
        _options = options;
        _void = corlib.Void;

        ShouldRecord = Static(wovenFlow, "ShouldRecord", corlib.Boolean);
        ShouldRecord.Parameters.Add(new ParameterDefinition(corlib.String));

        Start = Static(wovenFlow, "Start", FlowScope);
        foreach (var parameter in new[] { corlib.String, corlib.String, corlib.String, corlib.Int32, corlib.String, corlib.String, new ArrayType(corlib.Object) })
        {
            Start.Parameters.Add(new ParameterDefinition(parameter));
        }

        End = Static(wovenFlow, "End", corlib.Void);
        End.Parameters.Add(new ParameterDefinition(FlowScope));

        EndWithResult = Static(wovenFlow, "End", corlib.Void);
        var result = new GenericParameter("T", EndWithResult);
        EndWithResult.GenericParameters.Add(result);
        EndWithResult.Parameters.Add(new ParameterDefinition(FlowScope));
        EndWithResult.Parameters.Add(new ParameterDefinition(result));
        EndWithResult.Parameters.Add(new ParameterDefinition(options));

        Fail = Static(wovenFlow, "Fail", corlib.Void);
        foreach (var parameter in new[] { FlowScope, Exception, corlib.String, corlib.String, corlib.Int32 })
        {
            Fail.Parameters.Add(new ParameterDefinition(parameter));
        }

        Detach = Static(wovenFlow, "Detach", corlib.Void);
        Detach.Parameters.Add(new ParameterDefinition(FlowScope));
        Attach = Static(wovenFlow, "Attach", FlowScope);
        Attach.Parameters.Add(new ParameterDefinition(FlowScope));
        Restore = Static(wovenFlow, "Restore", corlib.Void);
        Restore.Parameters.Add(new ParameterDefinition(FlowScope));
        Restore.Parameters.Add(new ParameterDefinition(FlowScope));
    }

    public TypeReference FlowScope { get; }

    public TypeReference Exception { get; }

    /// <summary><c>bool WovenFlow.ShouldRecord(string name)</c></summary>
    public MethodReference ShouldRecord { get; }

    /// <summary><c>FlowScope? Start(string name, string? tags, string? file, int line, string? member, string? layout, object?[]? arguments)</c></summary>
    public MethodReference Start { get; }

    /// <summary><c>void End(FlowScope? scope)</c></summary>
    public MethodReference End { get; }

    /// <summary><c>void End&lt;T&gt;(FlowScope? scope, T result, WovenResultOptions options)</c>, open.</summary>
    public MethodReference EndWithResult { get; }

    /// <summary><c>void Fail(FlowScope? scope, Exception exception, string? member, string? file, int line)</c></summary>
    public MethodReference Fail { get; }

    /// <summary><c>void Detach(FlowScope? scope)</c></summary>
    public MethodReference Detach { get; }

    /// <summary><c>FlowScope? Attach(FlowScope? scope)</c>: returns the flow that was current.</summary>
    public MethodReference Attach { get; }

    /// <summary><c>void Restore(FlowScope? scope, FlowScope? previous)</c></summary>
    public MethodReference Restore { get; }

    /// <summary>
    /// <c>EndWhenDone(FlowScope? scope, Task? task)</c> or <c>EndWhenDone&lt;T&gt;(FlowScope? scope, Task&lt;T&gt;? task, WovenResultOptions options)</c>
    /// for a method returning <paramref name="taskType"/> without being async; null for other return types.
    /// </summary>
    public MethodReference? EndWhenDoneFor(TypeReference taskType)
    {
        if (TypeShapes.IsNamed(taskType, "System.Threading.Tasks", "Task"))
        {
            var plain = new MethodReference("EndWhenDone", _void, _wovenFlow) { HasThis = false };
            plain.Parameters.Add(new ParameterDefinition(FlowScope));
            plain.Parameters.Add(new ParameterDefinition(taskType));
            return plain;
        }

        if (taskType is GenericInstanceType { GenericArguments.Count: 1 } generic && TypeShapes.IsNamed(generic.ElementType, "System.Threading.Tasks", "Task`1"))
        {
            var open = new MethodReference("EndWhenDone", _void, _wovenFlow) { HasThis = false };
            var result = new GenericParameter("T", open);
            open.GenericParameters.Add(result);
            var taskOfResult = new GenericInstanceType(generic.ElementType);
            taskOfResult.GenericArguments.Add(result);
            open.Parameters.Add(new ParameterDefinition(FlowScope));
            open.Parameters.Add(new ParameterDefinition(taskOfResult));
            open.Parameters.Add(new ParameterDefinition(_options));
            var closed = new GenericInstanceMethod(open);
            closed.GenericArguments.Add(generic.GenericArguments[0]);
            return closed;
        }

        return null;
    }

    /// <summary><c>End&lt;T&gt;</c> closed over <paramref name="resultType"/>.</summary>
    public MethodReference EndWith(TypeReference resultType)
    {
        var closed = new GenericInstanceMethod(EndWithResult);
        closed.GenericArguments.Add(resultType);
        return closed;
    }

    private static MethodReference Static(TypeReference owner, string name, TypeReference returnType) =>
        new(name, returnType, owner) { HasThis = false };
}
