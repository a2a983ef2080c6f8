using System.IO;
using System;

namespace FlowTest.Tests.Support;

public sealed class SnapshotTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    private string Verified => _directory.Combine("Sample.Test.verified.txt");

    private string Received => _directory.Combine("Sample.Test.received.txt");

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void Matching_text_passes_and_removes_a_stale_received_file()
    {
        File.WriteAllText(Verified, "line 1\nline 2\n");
        File.WriteAllText(Received, "old");

        Assert.Null(Snapshot.Compare("line 1\r\nline 2", Verified, Received, accept: false));
        Assert.False(File.Exists(Received));
    }

    [Fact]
    public void A_mismatch_writes_the_received_file_and_shows_the_first_difference()
    {
        File.WriteAllText(Verified, "same\nold value\ntail\n");

        var failure = Snapshot.Compare("same\nnew value\ntail\n", Verified, Received, accept: false);

        Assert.NotNull(failure);
        Assert.Contains("First difference at line 2", failure, StringComparison.Ordinal);
        Assert.Contains("  - old value", failure, StringComparison.Ordinal);
        Assert.Contains("  + new value", failure, StringComparison.Ordinal);
        Assert.Equal("same\nnew value\ntail\n", File.ReadAllText(Received));
        Assert.Equal("same\nold value\ntail\n", File.ReadAllText(Verified));
    }

    [Fact]
    public void A_missing_snapshot_fails_until_it_is_approved()
    {
        var failure = Snapshot.Compare("fresh", Verified, Received, accept: false);

        Assert.StartsWith("New snapshot", failure, StringComparison.Ordinal);
        Assert.Equal("fresh\n", File.ReadAllText(Received));
        Assert.False(File.Exists(Verified));
    }

    [Fact]
    public void Accepting_overwrites_the_verified_file()
    {
        File.WriteAllText(Verified, "old");
        File.WriteAllText(Received, "old received");

        Assert.Null(Snapshot.Compare("new", Verified, Received, accept: true));
        Assert.Equal("new\n", File.ReadAllText(Verified));
        Assert.False(File.Exists(Received));
    }

    [Fact]
    public void A_mapped_caller_path_resolves_to_the_source_file_in_the_repository()
    {
        var resolved = SourceFile.Resolve("/_/tests/FlowTest.Tests/Support/SnapshotTests.cs");

        Assert.Equal(RepositoryRoot.Combine("tests/FlowTest.Tests/Support/SnapshotTests.cs"), resolved);
    }

    [Fact]
    public void Texts_differing_only_in_the_last_line_report_its_position()
    {
        var diff = TextDiff.FirstDifference("a\nb", "a\nb\nc");

        Assert.Contains("line 3", diff, StringComparison.Ordinal);
        Assert.Contains("  - (end of text)", diff, StringComparison.Ordinal);
        Assert.Contains("  + c", diff, StringComparison.Ordinal);
    }
}
