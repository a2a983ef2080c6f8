using System;
using System.Collections.Concurrent;

namespace FlowTest.Weaving.Tests.Infrastructure;

/// <summary>
/// The fixtures woven once per test run (processes are slow here), plus an unwoven copy for
/// comparisons; each scenario runs at most once per copy and its result is shared.
/// </summary>
public sealed class WovenFixtures : IDisposable
{
    private readonly TempDirectory _root = new();
    private readonly ConcurrentDictionary<string, Lazy<ScenarioRun>> _woven = new();
    private readonly ConcurrentDictionary<string, Lazy<ScenarioRun>> _plain = new();

    public WovenFixtures()
    {
        WovenAssembly = FixtureBuild.CopyTo(_root.Combine("woven"));
        PlainAssembly = FixtureBuild.CopyTo(_root.Combine("plain"));
        Result = AssemblyWeaver.Weave(FixtureBuild.RequestFor(WovenAssembly));
    }

    public string WovenAssembly { get; }

    public string PlainAssembly { get; }

    public WeaveResult Result { get; }

    internal ScenarioRun Woven(string scenario) =>
        _woven.GetOrAdd(scenario, s => new Lazy<ScenarioRun>(() => FixtureProcess.Run(WovenAssembly, s, _root.Combine("artifacts-woven")))).Value;

    internal ScenarioRun Plain(string scenario) =>
        _plain.GetOrAdd(scenario, s => new Lazy<ScenarioRun>(() => FixtureProcess.Run(PlainAssembly, s, _root.Combine("artifacts-plain")))).Value;

    public void Dispose() => _root.Dispose();
}
