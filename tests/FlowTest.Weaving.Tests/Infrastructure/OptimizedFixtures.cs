using System;

namespace FlowTest.Weaving.Tests.Infrastructure;

/// <summary>The optimized fixtures build, woven once, plus an unwoven copy.</summary>
public sealed class OptimizedFixtures : IDisposable
{
    private readonly TempDirectory _root = new();

    public OptimizedFixtures()
    {
        WovenAssembly = FixtureBuild.CopyTo(_root.Combine("woven"), FixtureBuild.OptimizedDirectory, FixtureBuild.OptimizedAssemblyName);
        PlainAssembly = FixtureBuild.CopyTo(_root.Combine("plain"), FixtureBuild.OptimizedDirectory, FixtureBuild.OptimizedAssemblyName);
        Result = AssemblyWeaver.Weave(FixtureBuild.RequestFor(WovenAssembly));
    }

    public string WovenAssembly { get; }

    public string PlainAssembly { get; }

    public WeaveResult Result { get; }

    public string ArtifactsFor(string copy) => _root.Combine("artifacts-" + copy);

    public void Dispose() => _root.Dispose();
}
