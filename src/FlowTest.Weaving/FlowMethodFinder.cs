using System.Collections.Generic;
using Mono.Cecil;

namespace FlowTest.Weaving;

/// <summary>
/// Finds the methods to weave: those marked <c>[Flow]</c>, and every method with a body of a type
/// marked <c>[Flow]</c> (accessors, static constructors and compiler-generated methods excluded).
/// <c>[NoTrace]</c> on the method or type wins. Members that cannot be woven become diagnostics.
/// </summary>
internal static class FlowMethodFinder
{
    public static List<FlowTarget> Find(ModuleDefinition module, List<WeaveDiagnostic> diagnostics, string? sourceRoot = null)
    {
        var targets = new List<FlowTarget>();
        foreach (var type in module.GetTypes())
        {
            if (FlowAttributeReader.Has(type, AttributeNames.CompilerGenerated))
            {
                continue;
            }

            var typeFlow = FlowAttributeReader.Find(type, AttributeNames.Flow);
            var typeNoTrace = FlowAttributeReader.Has(type, AttributeNames.NoTrace);
            foreach (var method in type.Methods)
            {
                var own = FlowAttributeReader.Find(method, AttributeNames.Flow);
                var attribute = own ?? (IsWovenByItsType(method) ? typeFlow : null);
                if (attribute is null)
                {
                    continue;
                }

                if (typeNoTrace || FlowAttributeReader.Has(method, AttributeNames.NoTrace))
                {
                    if (own is not null)
                    {
                        diagnostics.Add(Diagnose(DiagnosticCodes.FlowAndNoTrace, method, "is marked both [Flow] and [NoTrace]; it is not woven. Remove one of them.", sourceRoot: sourceRoot));
                    }

                    continue;
                }

                if (method.IsAbstract)
                {
                    if (own is not null)
                    {
                        diagnostics.Add(Diagnose(DiagnosticCodes.AbstractMember, method, "is abstract and has no body to weave; put [Flow] on its implementations instead.", sourceRoot: sourceRoot));
                    }

                    continue;
                }

                if (!method.HasBody)
                {
                    if (own is not null)
                    {
                        diagnostics.Add(Diagnose(DiagnosticCodes.ExternMember, method, "is extern and has no IL body to weave; put [Flow] on a managed method that calls it.", sourceRoot: sourceRoot));
                    }

                    continue;
                }

                targets.Add(new FlowTarget(method, attribute));
            }
        }

        return targets;
    }

    /// <summary>A warning about <paramref name="method"/> at its source location.</summary>
    /// <param name="code">The diagnostic code.</param>
    /// <param name="method">The offending member.</param>
    /// <param name="problem">What is wrong and what to do, after the member's name.</param>
    /// <param name="severity">Warning or error.</param>
    /// <param name="sourceRoot">Where <c>/_/</c> paths of a deterministic (CI) build point to on disk.</param>
    public static WeaveDiagnostic Diagnose(string code, MethodDefinition method, string problem, WeaveDiagnosticSeverity severity = WeaveDiagnosticSeverity.Warning, string? sourceRoot = null)
    {
        var point = SourceLocator.FirstSequencePoint(method);
        var file = SourceLocator.PathOnDisk(point?.Document.Url ?? SourceLocator.DocumentOf(method), sourceRoot);
        var line = point?.StartLine ?? SourceLocator.FindDeclarationLine(file, method);
        var column = point?.StartColumn ?? 0;
        return new WeaveDiagnostic(code, severity, Describe(method) + " " + problem, file, line, column);
    }

    /// <summary><c>Namespace.Type.Method(ParamTypes)</c> as a reader would look for it.</summary>
    public static string Describe(MethodDefinition method)
    {
        var parameters = new List<string>();
        foreach (var parameter in method.Parameters)
        {
            parameters.Add(TypeShapes.Display(parameter.ParameterType));
        }

        return method.DeclaringType.FullName.Replace('/', '.') + "." + method.Name + "(" + string.Join(", ", parameters) + ")";
    }

    private static bool IsWovenByItsType(MethodDefinition method) =>
        !method.IsGetter && !method.IsSetter && !method.IsAddOn && !method.IsRemoveOn &&
        !(method.IsConstructor && method.IsStatic) &&
        !FlowAttributeReader.Has(method, AttributeNames.CompilerGenerated);
}
