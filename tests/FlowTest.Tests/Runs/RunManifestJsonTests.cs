using System;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using FlowTest.Runs;

namespace FlowTest.Tests.Runs;

public sealed class RunManifestJsonTests
{
    // What run.json was written with before the field-by-field writer: the format readers rely on.
    private static readonly JsonSerializerOptions SerializerOptions = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly RunManifest Finished = new()
    {
        RunId = "20261122T100000Z-a1b2c3",
        Status = RunStatus.Failed,
        StartedAt = new DateTimeOffset(2026, 11, 22, 10, 0, 0, 123, TimeSpan.Zero).AddTicks(4567),
        EndedAt = new DateTimeOffset(2026, 11, 22, 10, 0, 5, TimeSpan.Zero),
        DurationMs = 5000.125,
        TraceId = "0af7651916cd43dd8448eb211c80319c",
        Counts = new RunCounts { Flows = 12, Success = 9, Failure = 2, Exception = 1, Events = 80, MalformedLines = 3 },
        EventsDropped = 4,
        GitSha = "d670460b4b4aece5915caf5c68d12f560a9fe3e4",
        GitBranch = "feature/ü \"quoted\" <tag>",
        Machine = "buildhost",
        Command = "dotnet test --filter \"Name~Orders\"",
        FlowtestVersion = "0.1.0",
        Writers = new[] { "buildhost/4242", "buildhost/4343" },
        Artifacts = new RunArtifactFiles { Summary = "summary.md", Ask = "ask.md" },
    };

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Writes_the_same_text_as_the_snake_case_serializer(bool finished)
    {
        var manifest = finished ? Finished : new RunManifest { RunId = "r1", StartedAt = DateTimeOffset.UnixEpoch, Writers = new[] { "h/1" } };

        Assert.Equal(JsonSerializer.Serialize(manifest, SerializerOptions), RunManifestJson.Write(manifest));
    }

    [Fact]
    public void Reads_back_what_it_wrote()
    {
        var read = RunManifestJson.Parse(RunManifestJson.Write(Finished));

        Assert.Equal(Finished with { Writers = read.Writers }, read);
        Assert.Equal(Finished.Writers, read.Writers);
    }

    [Fact]
    public void Ignores_unknown_fields_and_keeps_defaults_for_missing_ones()
    {
        var read = RunManifestJson.Parse("""{"run_id":"r2","future_field":{"x":[1,2]},"counts":{"flows":3,"later":1},"ended_at":null}""");

        Assert.Equal("r2", read.RunId);
        Assert.Equal(RunStatus.Running, read.Status);
        Assert.Equal(3, read.Counts.Flows);
        Assert.Null(read.EndedAt);
        Assert.Empty(read.Writers);
        Assert.Equal("trace.jsonl", read.Artifacts.Trace);
    }

    [Theory]
    [InlineData("""{"run_id": 7}""")]
    [InlineData("""{"started_at": "yesterday"}""")]
    [InlineData("""{"counts": {"flows": "many"}}""")]
    [InlineData("""[1, 2]""")]
    [InlineData("""{"run_id": "r3", """)]
    public void A_run_json_with_a_wrong_field_type_or_broken_text_is_unreadable(string json)
    {
        using var dir = new TempDirectory();
        File.WriteAllText(Path.Combine(dir.Path, RunManifest.FileName), json);

        Assert.Null(RunManifest.TryRead(dir.Path));
    }
}
