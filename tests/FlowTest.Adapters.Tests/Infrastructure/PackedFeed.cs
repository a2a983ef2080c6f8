using System.Collections.Generic;

namespace FlowTest.Adapters.Tests.Infrastructure;

/// <summary>
/// FlowTest, FlowTest.Xunit and FlowTest.NUnit packed once into a <see cref="LocalPackageFeed"/> for the
/// fixtures running at the same time (<see cref="Acquire"/>); the last to let go deletes it.
/// </summary>
internal sealed class PackedFeed
{
    private static readonly object SharedGate = new();
    private static PackedFeed? _shared;
    private static int _users;

    private readonly TempDirectory _root = new("feed");
    private readonly LocalPackageFeed _feed;

    private PackedFeed()
    {
        _feed = LocalPackageFeed.Pack(_root.Path, "e2e", LocalPackageFeed.AllPackages);
    }

    public string Version => _feed.Version;

    public string FeedPath => _feed.FeedPath;

    /// <summary>The NuGet packages folder every command of this test run uses.</summary>
    public string PackagesPath => _feed.PackagesPath;

    public IReadOnlyDictionary<string, string?> Environment => new Dictionary<string, string?> { ["NUGET_PACKAGES"] = PackagesPath };

    /// <summary>A nuget.config with the temp feed first, the machine's package cache (offline copies) and nuget.org.</summary>
    public string NuGetConfig() => _feed.NuGetConfig();

    /// <summary>The feed every fixture running now shares; packed on first use (others wait for it).</summary>
    public static PackedFeed Acquire()
    {
        lock (SharedGate)
        {
            _shared ??= new PackedFeed();
            _users++;
            return _shared;
        }
    }

    /// <summary>Lets go of the feed from <see cref="Acquire"/>; the last user deletes its files.</summary>
    public void Release()
    {
        lock (SharedGate)
        {
            if (--_users == 0 && ReferenceEquals(_shared, this))
            {
                _shared = null;
                _root.Dispose();
            }
        }
    }
}
