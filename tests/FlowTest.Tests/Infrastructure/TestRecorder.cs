using System;
using System.IO;
using FlowTest.Config;
using FlowTest.Diagnostics;
using FlowTest.Privacy;
using FlowTest.Recording;
using FlowTest.Writing;

namespace FlowTest.Tests.Infrastructure;

/// <summary>A recorder writing into a <see cref="MemorySink"/>, independent of the process-wide runtime.</summary>
internal sealed class TestRecorder : IDisposable
{
    public TestRecorder(FlowTestConfig? config = null, int queueCapacity = 1024, string? repoRoot = null)
    {
        config ??= FlowTestConfig.Default;
        Warnings = new StringWriter();
        Recorder = new FlowRecorder(
            new WriterIdentity("test-run", "0af7651916cd43dd8448eb211c80319c", "testhost/1", 0),
            new RecordingFilter(config, FlowCatalog.Empty),
            new PrivacyPolicy(config.Privacy),
            Sink,
            new SourcePathMapper(repoRoot),
            new WarningReporter(Warnings),
            queueCapacity);
    }

    public MemorySink Sink { get; } = new();

    public FlowRecorder Recorder { get; }

    public StringWriter Warnings { get; }

    public FlowScope Start(string name, object? evidence = null, FlowScope? parent = null) =>
        Recorder.StartFlow(name, "api", evidence, "Member", "/repo/src/File.cs", 10, parent: parent);

    /// <summary>Writes everything so far and returns the sink.</summary>
    public MemorySink Flushed()
    {
        Assert.True(Recorder.Flush(TimeSpan.FromSeconds(10)), "flush timed out");
        return Sink;
    }

    public void Dispose() => Recorder.Dispose();
}
