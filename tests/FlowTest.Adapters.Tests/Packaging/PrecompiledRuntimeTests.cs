using System.IO;
using System.IO.Compression;
using FlowTest.Adapters.Tests.EndToEnd;

namespace FlowTest.Adapters.Tests.Packaging;

/// <summary>
/// Issue 4, test host cost: the FlowTest, FlowTest.Xunit and FlowTest.NUnit packages carry their
/// lib/net10.0 assembly precompiled (ReadyToRun, docs/packaging.md) and every other lib folder as IL
/// only, and net10.0 test projects get the precompiled ones.
/// </summary>
[Collection(SampleRunCollection.Name)]
public class PrecompiledRuntimeTests
{
    private readonly SampleRun _run;

    public PrecompiledRuntimeTests(SampleRun run) => _run = run;

    [Theory]
    [InlineData("FlowTest")]
    [InlineData("FlowTest.Xunit")]
    [InlineData("FlowTest.NUnit")]
    public void The_package_carries_its_assembly_precompiled_for_net10_only(string package)
    {
        var assembly = package + ".dll";
        Assert.True(PortableExecutableKind.IsReadyToRun(PackedFile(package, "lib/net10.0/" + assembly)), package + ": lib/net10.0 is IL only");
        Assert.False(PortableExecutableKind.IsReadyToRun(PackedFile(package, "lib/net8.0/" + assembly)), package + ": lib/net8.0 is precompiled");
        Assert.False(PortableExecutableKind.IsReadyToRun(PackedFile(package, "lib/netstandard2.0/" + assembly)), package + ": lib/netstandard2.0 is precompiled");
    }

    [Theory]
    [InlineData("XunitSample", "FlowTest.dll")]
    [InlineData("XunitSample", "FlowTest.Xunit.dll")]
    [InlineData("NUnitSample", "FlowTest.dll")]
    [InlineData("NUnitSample", "FlowTest.NUnit.dll")]
    public void A_net10_test_project_runs_with_the_precompiled_assemblies(string project, string assembly)
    {
        var copied = _run.Directory.Combine(project, "bin", "Debug", "net10.0", assembly);

        Assert.True(PortableExecutableKind.IsReadyToRun(File.ReadAllBytes(copied)), copied + " is IL only");
        Assert.NotNull(_run.Trace);
        Assert.Contains(_run.Trace!.TestStarts, e => e.Source == (project == "XunitSample" ? "xunit" : "nunit"));
    }

    private byte[] PackedFile(string package, string entryName)
    {
        using var nupkg = ZipFile.OpenRead(Path.Combine(_run.FeedPath, package + "." + _run.PackageVersion + ".nupkg"));
        var entry = nupkg.GetEntry(entryName) ?? throw new FileNotFoundException(entryName + " is not in the " + package + " package");
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
