using System;
using System.IO;
using FlowTest.Build.Tests.Infrastructure;

namespace FlowTest.Build.Tests.InProcess;

[Collection(GarbageCollectionPauseCollection.Name)]
public sealed class WeaveFlowsTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "flowtest-weaveflows-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly RecordingBuildEngine _engine = new();

    public WeaveFlowsTests()
    {
        Directory.CreateDirectory(_directory);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Missing_assembly_is_one_FT0101_error_naming_it()
    {
        var missing = Path.Combine(_directory, "Missing.dll");
        var task = NewTask(missing);

        var succeeded = task.Execute();

        Assert.False(succeeded);
        var error = Assert.Single(_engine.Errors);
        Assert.Equal("FT0101", error.Code);
        Assert.Equal(missing, error.File);
        Assert.Contains("Missing.dll", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unreadable_assembly_fails_with_a_coded_error_and_removes_the_stamp()
    {
        var garbage = Path.Combine(_directory, "Garbage.dll");
        File.WriteAllText(garbage, "this is not a PE file");
        var task = NewTask(garbage);
        Directory.CreateDirectory(Path.GetDirectoryName(task.StampFile)!);
        File.WriteAllText(task.StampFile, "stale");

        var succeeded = task.Execute();

        Assert.False(succeeded);
        Assert.NotEmpty(_engine.Errors);
        Assert.All(_engine.Errors, error => Assert.Matches("^FT\\d{4}$", error.Code));
        Assert.All(_engine.Errors, error => Assert.DoesNotContain("   at ", error.Message, StringComparison.Ordinal));
        Assert.False(File.Exists(task.StampFile));
    }

    [Fact]
    public void Assembly_without_flows_is_left_unchanged_and_stamped()
    {
        var assembly = Path.Combine(_directory, "Plain.dll");
        File.Copy(typeof(RecordingBuildEngine).Assembly.Location, assembly);
        var before = File.ReadAllBytes(assembly);
        var task = NewTask(assembly);

        var succeeded = task.Execute();

        Assert.True(succeeded, string.Join("\n", _engine.Errors.ConvertAll(e => e.Message)));
        Assert.Empty(_engine.Errors);
        Assert.Equal(0, task.MethodsWoven);
        Assert.Equal(before, File.ReadAllBytes(assembly));
        Assert.Contains("NothingToWeave", File.ReadAllText(task.StampFile), StringComparison.Ordinal);
    }

    [Fact]
    public void Assembly_signed_from_a_key_container_is_woven_with_one_FT0103_warning_saying_what_to_do()
    {
        var assembly = Path.Combine(_directory, "SignedFlows.dll");
        SignedFlowAssembly.Write(assembly, StrongNameKey.Generate().KeyPairBlob);
        var task = NewTask(assembly);
        task.KeyContainer = "ContosoSigning";

        var succeeded = task.Execute();

        Assert.True(succeeded, string.Join("\n", _engine.Errors.ConvertAll(e => e.Message)));
        Assert.Equal(1, task.MethodsWoven);
        var warning = Assert.Single(_engine.Warnings);
        Assert.Equal("FT0103", warning.Code);
        Assert.Equal(assembly, warning.File);
        Assert.Contains("'ContosoSigning'", warning.Message, StringComparison.Ordinal);
        Assert.Contains("AssemblyOriginatorKeyFile", warning.Message, StringComparison.Ordinal);
        Assert.Contains("FlowTestWeave=false", warning.Message, StringComparison.Ordinal);
        Assert.False(StrongNameSignature.Read(assembly).SignedFlag);
    }

    [Fact]
    public void Assembly_re_signed_from_its_key_file_gets_no_signing_warning()
    {
        var key = StrongNameKey.Generate();
        var assembly = Path.Combine(_directory, "SignedFlows.dll");
        var keyFile = Path.Combine(_directory, "key.snk");
        File.WriteAllBytes(keyFile, key.KeyPairBlob);
        SignedFlowAssembly.Write(assembly, key.KeyPairBlob);
        var task = NewTask(assembly);
        task.KeyFile = keyFile;

        var succeeded = task.Execute();

        Assert.True(succeeded, string.Join("\n", _engine.Errors.ConvertAll(e => e.Message)));
        Assert.Equal(1, task.MethodsWoven);
        Assert.Empty(_engine.Warnings);
        Assert.True(StrongNameSignature.Read(assembly).Verifies);
    }

    [Theory]
    [InlineData(true, "collections held off: yes")]
    [InlineData(false, "collections held off: no")]
    public void Timings_message_says_whether_collections_were_held_off_during_the_weave(bool pause, string expected)
    {
        var assembly = Path.Combine(_directory, "Flows.dll");
        SignedFlowAssembly.Write(assembly, keyPairBlob: null);
        var task = NewTask(assembly);
        task.PauseGarbageCollection = pause;

        var succeeded = task.Execute();

        Assert.True(succeeded, string.Join("\n", _engine.Errors.ConvertAll(e => e.Message)));
        Assert.Equal(1, task.MethodsWoven);
        var timings = Assert.Single(_engine.Messages, m => m.Message?.StartsWith("FlowTest weave timings", StringComparison.Ordinal) == true);
        Assert.Contains(expected, timings.Message, StringComparison.Ordinal);
        Assert.Contains("garbage collections", timings.Message, StringComparison.Ordinal);
    }

    private FlowTest.Build.WeaveFlows NewTask(string assemblyPath) => new()
    {
        BuildEngine = _engine,
        AssemblyPath = assemblyPath,
        StampFile = Path.Combine(_directory, "obj", "Consumer.flowtest.stamp"),
        ProjectDirectory = _directory,
    };
}
