using System;
using System.IO;
using FlowTest.Config;
using FlowTest.Context;
using FlowTest.Diagnostics;
using FlowTest.Privacy;
using FlowTest.Recording;
using FlowTest.Runs;
using FlowTest.Writing;

namespace FlowTest.Benchmarks.Infrastructure;

/// <summary>
/// A recorder wired the way <see cref="RecorderHost"/> wires it (default configuration, JSONL
/// appender), but writing into a directory of our choosing and without the process-wide runtime,
/// so every iteration can start a fresh trace file.
/// </summary>
internal static class StandaloneRecorder
{
    public static FlowRecorder Create(string runDirectory)
    {
        Directory.CreateDirectory(runDirectory);
        var config = FlowTestConfig.Default;
        var runId = RunIdRules.Generate(DateTime.UtcNow, new Random());
        var identity = new WriterIdentity(runId, SpanIds.NewTraceId(), Environment.MachineName + "/" + Environment.ProcessId, 0);
        var sink = new TraceFileAppender(runDirectory, config.Retention.RotateTrace ? config.Retention.MaxTraceBytes : 0);
        return new FlowRecorder(
            identity,
            new RecordingFilter(config, FlowCatalog.Empty),
            new PrivacyPolicy(config.Privacy),
            sink,
            new SourcePathMapper(null),
            new WarningReporter(Console.Error));
    }
}
