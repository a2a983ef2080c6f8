using System.Linq;
using FlowTest.Weaving.Tests.Infrastructure;
using Mono.Cecil;

namespace FlowTest.Weaving.Tests;

/// <summary>The weaver's pure decisions, checked on the fixtures' metadata without running anything.</summary>
public sealed class WeavingRulesTests
{
    private static readonly ModuleDefinition Fixtures = ModuleDefinition.ReadModule(System.IO.Path.Combine(FixtureBuild.Directory, FixtureBuild.AssemblyName));

    [Theory]
    [InlineData("/repo/src/Orders/OrderService.cs", "/repo", "src/Orders/OrderService.cs")]
    [InlineData("/repo/src/Orders/OrderService.cs", "/repo/", "src/Orders/OrderService.cs")]
    [InlineData(@"C:\repo\src\A.cs", @"C:\Repo", "src/A.cs")]
    [InlineData("/_/src/A.cs", "/elsewhere", "src/A.cs")]
    [InlineData("/other/A.cs", "/repo", "/other/A.cs")]
    public void Source_paths_are_made_relative_to_the_source_root(string path, string root, string expected)
    {
        Assert.Equal(expected, new SourceLocator(root).MapPath(path));
    }

    [Fact]
    public void Without_a_source_root_only_the_deterministic_prefix_is_stripped()
    {
        Assert.Equal("src/A.cs", new SourceLocator(null).MapPath("/_/src/A.cs"));
        Assert.Equal("/abs/A.cs", new SourceLocator(null).MapPath("/abs/A.cs"));
    }

    [Theory]
    [InlineData("Box`1", "Get", "Box/Get")]
    [InlineData("Dog", ".ctor", "Dog/.ctor")]
    [InlineData("SyncShapes", "Echo", "SyncShapes/Echo")]
    public void Default_flow_names_are_type_and_method_without_namespace_or_arity(string type, string method, string expected)
    {
        Assert.Equal(expected, FlowAttributeReader.DefaultName(Method(type, method)));
    }

    [Fact]
    public void The_argument_layout_names_captured_parameters_and_marks_redacted_ones()
    {
        var login = Method("ArgumentShapes", "Login");
        Assert.Equal("user,password,!pin", FlowStartEmitter.Layout(FlowStartEmitter.CapturedParameters(login)));
        var byReference = Method("ArgumentShapes", "ByReference");
        Assert.Equal("counter,limit", FlowStartEmitter.Layout(FlowStartEmitter.CapturedParameters(byReference)));
    }

    [Fact]
    public void Ref_structs_and_pointers_cannot_be_boxed_but_ordinary_values_can()
    {
        var sumSpan = Method("ArgumentShapes", "SumSpan");
        Assert.All(sumSpan.Parameters, p => Assert.True(TypeShapes.CannotBox(p.ParameterType)));
        Assert.True(TypeShapes.CannotBox(Method("ArgumentShapes", "ReadPointer").Parameters[0].ParameterType));
        Assert.False(TypeShapes.CannotBox(Method("SyncShapes", "InstanceValue").Parameters[0].ParameterType));
        Assert.False(TypeShapes.CannotBox(Method("SyncShapes", "Echo").Parameters[0].ParameterType));
        Assert.Equal("<Span<Int32>>", TypeShapes.TypeOnlyMarker(sumSpan.Parameters[0].ParameterType));
    }

    [Fact]
    public void Attribute_options_are_read_from_metadata()
    {
        var captured = Method("ArgumentShapes", "Captured");
        var settings = FlowAttributeReader.Read(FlowAttributeReader.Find(captured, AttributeNames.Flow)!, captured, isEntryPoint: false);
        Assert.True(settings.CaptureReturnValue);
        Assert.True(settings.CaptureArguments);
        Assert.False(settings.ExitCode);

        var tagged = Method("ArgumentShapes", "Tagged");
        Assert.Equal("team=payments\ncritical", FlowAttributeReader.Read(FlowAttributeReader.Find(tagged, AttributeNames.Flow)!, tagged, isEntryPoint: false).Tags);

        var main = Method("VerdictShapes", "PlainIntTwo");
        Assert.True(FlowAttributeReader.Read(FlowAttributeReader.Find(main, AttributeNames.Flow)!, main, isEntryPoint: true).ExitCode);
    }

    [Fact]
    public void Accessors_compiler_generated_methods_and_no_trace_members_are_not_targets()
    {
        var targets = FlowMethodFinder.Find(Fixtures, new System.Collections.Generic.List<WeaveDiagnostic>()).Select(t => t.Method.DeclaringType.Name + "." + t.Method.Name).ToList();
        Assert.Contains("Box`1.Get", targets);
        Assert.Contains("Box`1..ctor", targets);
        Assert.DoesNotContain(targets, t => t.StartsWith("<", System.StringComparison.Ordinal));
        Assert.DoesNotContain("NoTraceShapes.Skipped", targets);
        Assert.DoesNotContain("NoTraceType.AlsoSkipped", targets);
        Assert.DoesNotContain("Animal.Sound", targets);
        Assert.DoesNotContain("Box`1.get_Item", targets);
    }

    private static MethodDefinition Method(string type, string name) =>
        Fixtures.GetTypes().Single(t => t.Name == type).Methods.First(m => m.Name == name);
}
