using System.IO;
using System.IO.Compression;
using FlowTest.Adapters.Tests.EndToEnd;

namespace FlowTest.Adapters.Tests.Packaging;

/// <summary>
/// Issue 4, test host cost: the FlowTest package carries lib/net10.0/FlowTest.dll precompiled
/// (ReadyToRun, docs/packaging.md) and every other lib folder as IL only, and a net10.0 test project
/// gets the precompiled one.
/// </summary>
[Collection(SampleRunCollection.Name)]
public class PrecompiledRuntimeTests
{
    private readonly SampleRun _run;

    public PrecompiledRuntimeTests(SampleRun run) => _run = run;

    [Fact]
    public void The_package_carries_FlowTest_precompiled_for_net10_only()
    {
        Assert.True(PortableExecutableKind.IsReadyToRun(PackedFile("lib/net10.0/FlowTest.dll")), "lib/net10.0/FlowTest.dll is IL only");
        Assert.False(PortableExecutableKind.IsReadyToRun(PackedFile("lib/net8.0/FlowTest.dll")), "lib/net8.0/FlowTest.dll is precompiled");
        Assert.False(PortableExecutableKind.IsReadyToRun(PackedFile("lib/netstandard2.0/FlowTest.dll")), "lib/netstandard2.0/FlowTest.dll is precompiled");
    }

    [Fact]
    public void A_net10_test_project_runs_with_the_precompiled_FlowTest()
    {
        var copied = _run.Directory.Combine("XunitSample", "bin", "Debug", "net10.0", "FlowTest.dll");

        Assert.True(PortableExecutableKind.IsReadyToRun(File.ReadAllBytes(copied)), copied + " is IL only");
        Assert.NotNull(_run.Trace);
        Assert.Contains(_run.Trace!.TestStarts, e => e.Source == "xunit");
    }

    private byte[] PackedFile(string entryName)
    {
        using var package = ZipFile.OpenRead(Path.Combine(_run.FeedPath, "FlowTest." + _run.PackageVersion + ".nupkg"));
        var entry = package.GetEntry(entryName) ?? throw new FileNotFoundException(entryName + " is not in the FlowTest package");
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
