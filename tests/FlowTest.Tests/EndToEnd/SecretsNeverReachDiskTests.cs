using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FlowTest.Diagnostics;
using FlowTest.Recording;
using FlowTest.Tests.Infrastructure;
using FlowTest.Tests.Privacy;

namespace FlowTest.Tests.EndToEnd;

/// <summary>
/// The whole secret corpus goes through every recording path of a real run (files on disk, run
/// finalized), then every file under the artifacts root is searched.
/// </summary>
public sealed class SecretsNeverReachDiskTests
{
    [Fact]
    public void No_secret_of_the_corpus_appears_in_any_file_of_the_run()
    {
        using var dir = new TempDirectory();
        var environment = new Dictionary<string, string?> { ["FLOWTEST_ARTIFACTS"] = dir.Path, ["FLOWTEST_RUN_ID"] = "secrets" };
        var warnings = new StringWriter();
        var host = RecorderHost.Start(name => environment.GetValueOrDefault(name), dir.Path, dir.Path, new WarningReporter(warnings));
        Assert.NotNull(host);
        var recorder = host!.Recorder;

        var evidence = SecretCorpus.EvidenceObjects();
        using (var flow = recorder.StartFlow("secrets/start", "api", evidence[0], "M", "/src/a.cs", 1, tags: Tags(), correlation: Tags()))
        {
            foreach (var item in evidence)
            {
                flow.Checkpoint("evidence", item);
                flow.Success(SecretCorpus.FreeTexts[0], item);
            }

            foreach (var text in SecretCorpus.FreeTexts)
            {
                flow.Checkpoint("text", new { text });
                flow.Failure("SYSTEM.LEAK", text, new Dictionary<string, object?> { ["note"] = text });
                flow.Metric("value", 1, text);
            }

            foreach (var exception in SecretCorpus.Exceptions())
            {
                flow.RecordException(exception);
            }
        }

        host.Dispose();

        var files = Directory.GetFiles(dir.Path, "*", SearchOption.AllDirectories);
        Assert.Contains(files, f => f.EndsWith("trace.jsonl", StringComparison.Ordinal));
        Assert.Contains(files, f => f.EndsWith("run.json", StringComparison.Ordinal));
        foreach (var file in files)
        {
            Assert.Empty(SecretCorpus.FindLeaks(File.ReadAllText(file)));
        }

        Assert.Empty(SecretCorpus.FindLeaks(warnings.ToString()));
        Assert.Contains("REDACTED", File.ReadAllText(Path.Combine(dir.Path, "runs", "secrets", "trace.jsonl")));
        _ = TraceLines.ReadRawLines(Path.Combine(dir.Path, "runs", "secrets"));
    }

    [Fact]
    public void The_leak_finder_would_see_a_secret_written_raw()
    {
        Assert.NotEmpty(SecretCorpus.FindLeaks(string.Join("\n", SecretCorpus.FreeTexts)));
    }

    private static IReadOnlyDictionary<string, string> Tags() => new Dictionary<string, string>
    {
        ["environment"] = "ci",
        ["api_key"] = SecretCorpus.SecretValues[0],
        ["note"] = SecretCorpus.FreeTexts.Last(),
    };
}
