using System.IO;
using System.Threading.Tasks;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using FlowTest.Weaving.Tests.Infrastructure;
using ICSharpCode.Decompiler;
using ICSharpCode.Decompiler.CSharp;

namespace FlowTest.Weaving.Tests;

/// <summary>Issue 3 point 11: the woven code of one method of every shape, decompiled to C#, matches its approved snapshot.</summary>
[Collection(WovenCollection.Name)]
public sealed class WovenCodeSnapshotTests
{
    private readonly WovenFixtures _fixtures;

    public WovenCodeSnapshotTests(WovenFixtures fixtures)
    {
        _fixtures = fixtures;
    }

    [Theory]
    [InlineData("SyncVoid", "SyncShapes", "StaticVoid")]
    [InlineData("SyncValue", "SyncShapes", "InstanceValue")]
    [InlineData("MultipleReturns", "SyncShapes", "MultipleReturns")]
    [InlineData("TryCatchFinallyInside", "SyncShapes", "TryCatchFinallyInside")]
    [InlineData("Recursion", "SyncShapes", "Factorial")]
    [InlineData("GenericMethod", "SyncShapes", "Echo")]
    [InlineData("Constructor", "Dog", ".ctor")]
    [InlineData("Override", "Dog", "Describe")]
    [InlineData("StructMethod", "Meters", "Doubled")]
    [InlineData("GenericType", "Box`1", "Get")]
    [InlineData("AsyncTaskKickoff", "AsyncShapes", "DelayAsync")]
    [InlineData("AsyncTaskMoveNext", "<DelayAsync>d__3", "MoveNext")]
    [InlineData("TaskWithoutAsync", "AsyncShapes", "DelegatesAsync")]
    [InlineData("AsyncTaskOfTMoveNext", "<ValueAfterAwaitAsync>d__4", "MoveNext")]
    [InlineData("AsyncVoidMoveNext", "<FireAndForget>d__8", "MoveNext")]
    [InlineData("IteratorKickoff", "IteratorShapes", "Count")]
    [InlineData("IteratorMoveNext", "<Count>d__0", "MoveNext")]
    [InlineData("AsyncIteratorMoveNext", "<ThrowsAsync>d__1", "MoveNext")]
    [InlineData("RedactedArguments", "ArgumentShapes", "Login")]
    [InlineData("ByReferenceArguments", "ArgumentShapes", "ByReference")]
    [InlineData("SpanArguments", "ArgumentShapes", "SumSpan")]
    [InlineData("CaptureReturnValue", "ArgumentShapes", "Captured")]
    [InlineData("ExitCode", "VerdictShapes", "ExitTwo")]
    public Task Decompiled(string shape, string type, string method) =>
        Snapshot.VerifyNamed(Decompile(_fixtures.WovenAssembly, type, method), shape);

    private static string Decompile(string assemblyPath, string type, string method)
    {
        MethodDefinitionHandle handle;
        using (var pe = new PEReader(File.OpenRead(assemblyPath)))
        {
            handle = SequencePoints.FindMethod(pe.GetMetadataReader(), type, method);
        }

        // State machines are shown as the IL has them: the woven calls are what the snapshot is for.
        var settings = new DecompilerSettings { AsyncAwait = false, YieldReturn = false, ThrowOnAssemblyResolveErrors = false };
        var decompiler = new CSharpDecompiler(assemblyPath, settings);
        return decompiler.DecompileAsString(handle);
    }
}
