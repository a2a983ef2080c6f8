using System;
using System.Collections.Generic;
using System.IO;

namespace FlowTest.Build.Tests.Infrastructure;

/// <summary>
/// Collection fixture: FlowTest (runtime, build files and weaving task) packed once per test run into a
/// <see cref="LocalPackageFeed"/>, and a folder for consumer projects that restore from it only.
/// </summary>
public sealed class PackedFlowTestFeed : IDisposable
{
    private readonly TempDirectory _root = new("build-tests");
    private readonly LocalPackageFeed _feed;

    /// <summary>Packs the feed; throws with the pack output when packing fails.</summary>
    public PackedFlowTestFeed()
    {
        _feed = LocalPackageFeed.Pack(_root.Path, "e2e", new[] { "FlowTest" });
        _feed.WriteConsumerFiles(ConsumersDirectory);
    }

    /// <summary>Everything this fixture and its consumers write lives under this temp folder.</summary>
    public string Root => _root.Path;

    /// <summary>The local feed holding <c>FlowTest.&lt;Version&gt;.nupkg</c>.</summary>
    public string FeedDirectory => _feed.FeedPath;

    /// <summary>The NuGet packages folder consumers restore into (never the machine-wide one).</summary>
    public string PackagesDirectory => _feed.PackagesPath;

    /// <summary>The package version packed for this run.</summary>
    public string Version => _feed.Version;

    /// <summary>Where consumer projects are created; its nuget.config and empty Directory.*.props apply to them.</summary>
    public string ConsumersDirectory => Path.Combine(Root, "consumers");

    /// <summary>Environment for every consumer command.</summary>
    public IReadOnlyDictionary<string, string> Environment => _feed.Environment;

    /// <inheritdoc />
    public void Dispose() => _root.Dispose();
}
