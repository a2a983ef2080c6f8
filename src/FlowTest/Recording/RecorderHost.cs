using System;
using System.IO;
using FlowTest.Ci;
using FlowTest.Config;
using FlowTest.Context;
using FlowTest.Diagnostics;
using FlowTest.Model;
using FlowTest.Privacy;
using FlowTest.Runs;
using FlowTest.Writing;

namespace FlowTest.Recording;

/// <summary>
/// Wires one process's recording together: artifacts root, configuration, run id, run directory,
/// trace file, recorder — and takes it apart at the end, finalizing the run if this process is the
/// last writer. Built from an environment lookup so tests can run several side by side.
/// </summary>
internal sealed class RecorderHost : IDisposable
{
    /// <summary>The runtimeconfig.json key the MSBuild property <c>FlowTestArtifactsPath</c> is written to.</summary>
    public const string ArtifactsPathSetting = "FlowTest.ArtifactsPath";

    // The run events' payloads as names and values rather than anonymous objects: an anonymous object's
    // first capture compiles member accessors (System.Linq.Expressions), tens of ms of JIT in every host.
    private static readonly string[] RunStartedFields = { "command", "machine", "flowtest_version", "git_sha", "git_branch" };
    private static readonly string[] RunEndedFields = { "events_dropped" };

    private readonly RunSession? _session;
    private readonly LoadedConfiguration _configuration;
    private readonly WarningReporter _warnings;
    private readonly CiEnvironment _ci;
    private readonly DigestingTraceSink? _digestingSink;
    private int _disposed;

    private RecorderHost(FlowRecorder recorder, RunSession? session, LoadedConfiguration configuration, WarningReporter warnings, CiEnvironment ci, DigestingTraceSink? digestingSink)
    {
        Recorder = recorder;
        _digestingSink = digestingSink;
        _ci = ci;
        _session = session;
        _configuration = configuration;
        _warnings = warnings;
    }

    public FlowRecorder Recorder { get; }

    /// <summary>The run directory, or <see langword="null"/> when it could not be used.</summary>
    public string? RunDirectory => _session?.RunDirectory;

    /// <param name="warnings">Where warnings go.</param>
    /// <param name="digestWhileWriting">Digest the trace as it is written, so a last writer's finalization only renders (test hosts: see <see cref="DigestingTraceSink"/>).</param>
    public static RecorderHost? StartFromEnvironment(WarningReporter warnings, bool digestWhileWriting = false) =>
        Start(Environment.GetEnvironmentVariable, Environment.CurrentDirectory, AppContext.BaseDirectory, warnings, AppContext.GetData, digestWhileWriting);

    /// <summary>Starts recording for a process whose environment is <paramref name="getVariable"/>; null when recording is off.</summary>
    /// <param name="getVariable">Reads an environment variable.</param>
    /// <param name="currentDirectory">The process's current directory.</param>
    /// <param name="appDirectory">Where the application's assemblies are.</param>
    /// <param name="warnings">Where warnings go.</param>
    /// <param name="getAppSetting">Reads a runtimeconfig.json setting (<see cref="AppContext.GetData"/>); the build puts <c>FlowTestArtifactsPath</c> there.</param>
    /// <param name="digestWhileWriting">If this process creates the run, digest the trace as it is written (<see cref="DigestingTraceSink"/>).</param>
    public static RecorderHost? Start(Func<string, string?> getVariable, string currentDirectory, string appDirectory, WarningReporter warnings, Func<string, object?>? getAppSetting = null, bool digestWhileWriting = false)
    {
        var root = ResolveRoot(getVariable, currentDirectory, appDirectory, getAppSetting);
        var configuration = ConfigurationLoader.Load(root.Path, getVariable);
        foreach (var diagnostic in configuration.Diagnostics)
        {
            // Already coded (FT1xxx) and located (file(line,col)); printed as the compiler would.
            warnings.Info(diagnostic.ToString());
        }

        var config = configuration.Config;
        if (!config.Enabled)
        {
            return null;
        }

        var runId = ChooseRunId(getVariable("FLOWTEST_RUN_ID"), warnings);
        var host = Environment.MachineName;
        var pid = LocalProcesses.CurrentId;
        var privacy = new PrivacyPolicy(config.Privacy);
        var traceParent = TraceParent.TryParse(getVariable("TRACEPARENT"), out var parsed) ? parsed : (TraceParent?)null;

        RunSession? session = null;
        ITraceSink? sink = null;
        DigestingTraceSink? digestingSink = null;
        try
        {
            Directory.CreateDirectory(root.Path);
            session = RunSession.Join(root.Path, runId, host, pid, config.Retention.KeepRuns, () => NewManifest(runId, root, traceParent, privacy));
            if (config.Sinks.Jsonl)
            {
                var appender = new TraceFileAppender(session.RunDirectory, config.Retention.RotateTrace ? config.Retention.MaxTraceBytes : 0);
                // Only the run's creator can have written all of it; a joining process never could.
                digestingSink = digestWhileWriting && session.IsFirstWriter ? new DigestingTraceSink(appender, RunFinalizer.DigestOptions(config)) : null;
                sink = (ITraceSink?)digestingSink ?? appender;
            }

            if (config.Sinks.Console)
            {
                warnings.Info($"recording run {runId} into {session.RunDirectory} (artifacts root from {root.Reason})");
            }
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            warnings.Report(RuntimeWarning.ArtifactsUnusable, $"cannot write artifacts under '{root.Path}' ({error.Message}); flows are not recorded to disk. Set FLOWTEST_ARTIFACTS to a writable directory.");
            session?.Dispose();
            session = null;
        }

        var traceId = traceParent?.TraceId ?? (session?.Manifest.TraceId is { Length: 32 } shared ? shared : SpanIds.NewTraceId());
        var identity = new WriterIdentity(runId, traceId, host + "/" + pid, traceParent?.ParentSpanId ?? 0);
        var recorder = new FlowRecorder(identity, configuration.Filter, privacy, sink, new SourcePathMapper(root.RepositoryRoot), warnings);
        if (session?.IsFirstWriter == true)
        {
            RecordRunStarted(recorder, session.Manifest);
        }

        return new RecorderHost(recorder, session, configuration, warnings, CiEnvironment.Detect(getVariable), digestingSink);
    }

    /// <summary>The <c>run.started</c> event of the process that created the run.</summary>
    public static void RecordRunStarted(FlowRecorder recorder, RunManifest manifest) =>
        recorder.RunEvent(EventKind.RunStarted, new NamedValues(
            RunStartedFields,
            new bool[RunStartedFields.Length],
            new object?[] { manifest.Command, manifest.Machine, manifest.FlowtestVersion, manifest.GitSha, manifest.GitBranch }));

    /// <summary><c>FLOWTEST_ARTIFACTS</c> first, then the build's <c>FlowTestArtifactsPath</c>, then the search upwards.</summary>
    public static ResolvedRoot ResolveRoot(Func<string, string?> getVariable, string currentDirectory, string appDirectory, Func<string, object?>? getAppSetting)
    {
        var fromEnvironment = getVariable(FlowTestEnvironmentVariables.Artifacts);
        if (string.IsNullOrWhiteSpace(fromEnvironment) && getAppSetting?.Invoke(ArtifactsPathSetting) is string fromBuild && fromBuild.Trim().Length > 0)
        {
            return ArtifactsRoot.Resolve(fromBuild, appDirectory) with { Reason = "FlowTestArtifactsPath (runtimeconfig.json)" };
        }

        return ArtifactsRoot.Resolve(fromEnvironment, currentDirectory, appDirectory, currentDirectory);
    }

    public void Dispose()
    {
        if (System.Threading.Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        if (_session is null)
        {
            Recorder.Dispose();
            return;
        }

        try
        {
            _session.Leave(
                isLast =>
                {
                    if (isLast)
                    {
                        Recorder.RunEvent(EventKind.RunEnded, new NamedValues(RunEndedFields, new bool[RunEndedFields.Length], new object?[] { Recorder.EventsDropped }));
                    }

                    Recorder.Dispose();
                    _session.AddDroppedEvents(Recorder.EventsDropped);
                },
                (session, manifest) => RunFinalizer.Finalize(session, manifest, _configuration, _warnings, _ci, _digestingSink));
        }
        catch (Exception error)
        {
            _warnings.Report(RuntimeWarning.RunFinalizeFailed, "ending the run failed: " + error.GetType().Name + ": " + error.Message);
        }
        finally
        {
            _session.Dispose();
        }
    }

    private static string ChooseRunId(string? requested, WarningReporter warnings)
    {
        var generated = RunIdRules.Generate(DateTime.UtcNow, new Random());
        if (requested is null)
        {
            return generated;
        }

        var sanitized = RunIdRules.Sanitize(requested);
        if (sanitized is null)
        {
            warnings.Report(RuntimeWarning.RunIdSanitized, $"FLOWTEST_RUN_ID has no usable characters; using '{generated}'. Use letters, digits, '.', '_' and '-'.");
            return generated;
        }

        if (!string.Equals(sanitized, requested, StringComparison.Ordinal))
        {
            warnings.Report(RuntimeWarning.RunIdSanitized, $"FLOWTEST_RUN_ID was changed to '{sanitized}': only letters, digits, '.', '_' and '-' are kept (at most {RunIdRules.MaxLength}).");
        }

        return sanitized;
    }

    /// <summary>run.json as a new run starts it (reads the repository's git state, redacts the command line).</summary>
    public static RunManifest NewManifest(string runId, ResolvedRoot root, TraceParent? traceParent, PrivacyPolicy privacy)
    {
        var (sha, branch) = GitInfo.Read(root.RepositoryRoot);
        return new RunManifest
        {
            RunId = runId,
            StartedAt = DateTimeOffset.UtcNow,
            TraceId = traceParent?.TraceId ?? SpanIds.NewTraceId(),
            GitSha = sha,
            GitBranch = branch,
            Machine = Environment.MachineName,
            Command = privacy.Truncate(privacy.RedactText(Environment.CommandLine)),
            FlowtestVersion = typeof(Flow).Assembly.GetName().Version?.ToString(3) ?? "0.0.0",
        };
    }
}
