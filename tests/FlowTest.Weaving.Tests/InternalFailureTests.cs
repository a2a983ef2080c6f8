using System.IO;
using System.Linq;
using FlowTest.Weaving.Tests.Infrastructure;
using Mono.Cecil;

namespace FlowTest.Weaving.Tests;

/// <summary>Issue 3 point 4: a weaver failure is one clear error naming the method, never an exception or a half-written file.</summary>
public sealed class InternalFailureTests
{
    [Fact]
    public void A_method_the_weaver_cannot_handle_is_one_FT0099_error_naming_it_and_the_file_is_untouched()
    {
        using var dir = new TempDirectory();
        var copy = FixtureBuild.CopyTo(dir.Path);
        BreakStateMachineOf(copy, "<DelayAsync>d__3");
        var before = File.ReadAllBytes(copy);

        var result = AssemblyWeaver.Weave(FixtureBuild.RequestFor(copy));

        Assert.Equal(WeaveOutcome.Failed, result.Outcome);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == WeaveDiagnosticSeverity.Error);
        Assert.Equal("FT0099", error.Code);
        Assert.Contains("FlowTest.Weaving.Fixtures.AsyncShapes.DelayAsync(Int32)", error.Message, System.StringComparison.Ordinal);
        Assert.EndsWith("AsyncShapes.cs", error.File, System.StringComparison.Ordinal);
        Assert.True(error.Line > 0);
        Assert.Equal(before, File.ReadAllBytes(copy));
    }

    /// <summary>Renames the state machine's MoveNext: a shape no compiler produces.</summary>
    private static void BreakStateMachineOf(string assemblyPath, string stateMachine)
    {
        var edited = assemblyPath + ".edited";
        using (var module = ModuleDefinition.ReadModule(assemblyPath, new ReaderParameters { ReadSymbols = true, InMemory = true }))
        {
            var type = module.GetTypes().Single(t => t.Name == stateMachine);
            type.Methods.Single(m => m.Name == "MoveNext").Name = "Renamed";
            module.Write(edited, new WriterParameters { WriteSymbols = true });
        }

        File.Move(edited, assemblyPath, overwrite: true);
        File.Move(Path.ChangeExtension(edited, ".pdb"), Path.ChangeExtension(assemblyPath, ".pdb"), overwrite: true);
    }
}
