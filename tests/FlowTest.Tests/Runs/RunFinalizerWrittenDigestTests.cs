using System;
using System.IO;
using System.Linq;
using System.Text;
using FlowTest.Artifacts.Digest;
using FlowTest.Artifacts.Rendering;
using FlowTest.Config;
using FlowTest.Diagnostics;
using FlowTest.Runs;
using FlowTest.Tests.Rendering;
using FlowTest.Writing;

namespace FlowTest.Tests.Runs;

/// <summary>
/// Whether the last writer renders the digest it built while writing or reads the trace back, the
/// run's summary.md, ask.md and counts are what the trace read back gives — alone or with other
/// writers in the run.
/// </summary>
public sealed class RunFinalizerWrittenDigestTests
{
    private const string Host = "buildhost";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_sole_writers_end_files_are_those_of_the_trace_read_back(bool digestWhileWriting)
    {
        using var root = new TempDirectory();
        var session = Join(root.Path, LocalProcesses.CurrentId);
        var sink = Sink(session, digestWhileWriting);
        sink.Append(Batch(SyntheticRun.Lines.Take(25)));
        sink.Append(Batch(SyntheticRun.Lines.Skip(25)));

        Leave(session, sink);

        AssertEndFilesAreThoseOfTheTraceReadBack(session.RunDirectory);
        Assert.Equal(digestWhileWriting, (sink as DigestingTraceSink)?.DigestTaken ?? false);
    }

    [Fact]
    public void The_last_writer_reads_the_trace_back_when_another_writer_wrote_into_the_run()
    {
        using var root = new TempDirectory();
        var first = Join(root.Path, LocalProcesses.CurrentId);
        var second = Join(root.Path, AnotherLiveProcess());
        var firstSink = Sink(first, digestWhileWriting: true);
        var secondSink = Sink(second, digestWhileWriting: false);

        firstSink.Append(Batch(SyntheticRun.Lines.Take(15)));
        secondSink.Append(Batch(SyntheticRun.Lines.Skip(15).Take(15)));
        firstSink.Append(Batch(SyntheticRun.Lines.Skip(30)));
        Leave(second, secondSink);
        Leave(first, firstSink);

        AssertEndFilesAreThoseOfTheTraceReadBack(first.RunDirectory);
        Assert.False(((DigestingTraceSink)firstSink).DigestTaken);
        Assert.Equal(SyntheticRun.Lines.Count, RunManifest.TryRead(first.RunDirectory)!.Counts.Events);
    }

    [Fact]
    public void A_writer_that_joined_and_wrote_nothing_leaves_the_written_digest_usable()
    {
        using var root = new TempDirectory();
        var first = Join(root.Path, LocalProcesses.CurrentId);
        var second = Join(root.Path, AnotherLiveProcess());
        var firstSink = Sink(first, digestWhileWriting: true);
        firstSink.Append(Batch(SyntheticRun.Lines));
        Leave(second, Sink(second, digestWhileWriting: false));

        Leave(first, firstSink);

        AssertEndFilesAreThoseOfTheTraceReadBack(first.RunDirectory);
        Assert.True(((DigestingTraceSink)firstSink).DigestTaken);
    }

    private static RunSession Join(string root, int pid) =>
        RunSession.Join(root, "r1", Host, pid, keepRuns: 10, () => new RunManifest { RunId = "r1", StartedAt = DateTimeOffset.UtcNow, Machine = Host, Command = "dotnet test" });

    private static ITraceSink Sink(RunSession session, bool digestWhileWriting)
    {
        var appender = new TraceFileAppender(session.RunDirectory, 0);
        return digestWhileWriting ? new DigestingTraceSink(appender, RunFinalizer.DigestOptions(FlowTestConfig.Default)) : appender;
    }

    /// <summary>Leaves as a recorder host does: stop writing, then finalize if last.</summary>
    private static void Leave(RunSession session, ITraceSink sink)
    {
        session.Leave(
            _ => sink.Dispose(),
            (s, manifest) => RunFinalizer.Finalize(s, manifest, LoadedConfiguration.Defaults, new WarningReporter(new StringWriter()), null, sink as DigestingTraceSink));
        session.Dispose();
    }

    private static void AssertEndFilesAreThoseOfTheTraceReadBack(string runDirectory)
    {
        var final = RunManifest.TryRead(runDirectory)!;
        var reader = new RunDigestReader(RunFinalizer.DigestOptions(FlowTestConfig.Default));
        var digest = reader.ReadRun(runDirectory);
        var header = RunFinalizer.Header(final, runDirectory, reader.Stats);
        var config = LoadedConfiguration.Defaults;

        Assert.Equal(SummaryRenderer.Render(header, digest, config.Catalog, config.Config.Performance), File.ReadAllText(header.SummaryPath!));
        Assert.Equal(
            AskRenderer.Render(header, digest, config.Catalog, config.Config.Artifacts.TraceTailEvents, 64 * 1024, config.Config.Performance),
            File.ReadAllText(header.AskPath!));
        Assert.Equal(digest.Events, final.Counts.Events);
        Assert.Equal(digest.FlowsStarted, final.Counts.Flows);
        Assert.Equal(RunStatus.Failed, final.Status);
    }

    private static int AnotherLiveProcess() => ProcessAncestry.OfCurrentProcess()[0].Pid;

    private static ArraySegment<byte> Batch(System.Collections.Generic.IEnumerable<string> lines) =>
        new(Encoding.UTF8.GetBytes(string.Concat(lines.Select(l => l + "\n"))));
}
