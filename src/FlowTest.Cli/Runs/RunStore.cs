using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FlowTest.Reading;
using FlowTest.Runs;

namespace FlowTest.Cli.Runs;

/// <summary>
/// The runs under an artifacts root and how a RUN argument names one: <c>latest</c>, a run id,
/// a unique prefix of one, or a path to a run directory or trace file.
/// </summary>
internal sealed class RunStore
{
    public const string Latest = "latest";

    /// <summary>The status of a directory that has a trace but no run.json (copied by hand, say).</summary>
    public const string UnknownStatus = "unknown";

    public RunStore(string root) => Root = root;

    public string Root { get; }

    public string RunsDirectory => Path.Combine(Root, "runs");

    /// <summary>Every run, newest first.</summary>
    public IReadOnlyList<RunEntry> List()
    {
        if (!Directory.Exists(RunsDirectory))
        {
            return Array.Empty<RunEntry>();
        }

        return Directory.GetDirectories(RunsDirectory)
            .Select(Describe)
            .OrderByDescending(run => run.StartedAt)
            .ThenByDescending(run => run.RunId, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The run <paramref name="reference"/> names; throws <see cref="Commands.UsageException"/> with the reason otherwise.</summary>
    public RunEntry Resolve(string? reference, string currentDirectory)
    {
        var name = string.IsNullOrWhiteSpace(reference) ? Latest : reference!.Trim();
        if (string.Equals(name, Latest, StringComparison.Ordinal))
        {
            return ResolveLatest();
        }

        var exact = Path.Combine(RunsDirectory, name);
        if (RunIdRules.IsValid(name) && Directory.Exists(exact))
        {
            return Describe(exact);
        }

        if (IsIdPrefix(name) && Directory.Exists(RunsDirectory))
        {
            var matches = Directory.GetDirectories(RunsDirectory)
                .Where(path => Path.GetFileName(path).StartsWith(name, StringComparison.Ordinal))
                .OrderBy(path => path, StringComparer.Ordinal)
                .ToList();
            if (matches.Count == 1)
            {
                return Describe(matches[0]);
            }

            if (matches.Count > 1)
            {
                throw new Commands.UsageException($"run '{name}' is ambiguous: it starts {matches.Count} runs ({string.Join(", ", matches.Take(5).Select(Path.GetFileName))}{(matches.Count > 5 ? ", …" : "")}); give more characters.");
            }
        }

        var path = Path.GetFullPath(Path.Combine(currentDirectory, name));
        if (File.Exists(path) && TraceFiles.TryParsePart(Path.GetFileName(path), out _))
        {
            path = Path.GetDirectoryName(path)!;
        }

        if (Directory.Exists(path) && (TraceFiles.Enumerate(path).Count > 0 || File.Exists(Path.Combine(path, RunManifest.FileName))))
        {
            return Describe(path);
        }

        throw new Commands.UsageException($"no run '{name}' under {RunsDirectory} (not a run id, a unique prefix, or a run directory); `flowtest runs` lists them.");
    }

    private RunEntry ResolveLatest()
    {
        var id = LatestPointer.ReadRunId(Root);
        if (id is not null && RunIdRules.IsValid(id) && Directory.Exists(Path.Combine(RunsDirectory, id)))
        {
            return Describe(Path.Combine(RunsDirectory, id));
        }

        // No run has ended yet (or latest.json is gone): the newest run is what people mean.
        return List().FirstOrDefault()
            ?? throw new Commands.UsageException($"no runs under {Root}; run your tests with FlowTest first, or point --artifacts / FLOWTEST_ARTIFACTS at a .flowtest directory.");
    }

    /// <summary>Only run-id characters, and not a relative path like <c>.</c> or <c>..</c>.</summary>
    private static bool IsIdPrefix(string name) =>
        name.Trim('.').Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-');

    /// <summary>A run directory with its manifest; "running" with no live writer reads as crashed.</summary>
    public static RunEntry Describe(string directory)
    {
        var full = Path.GetFullPath(directory);
        var manifest = RunManifest.TryRead(full);
        var status = manifest?.Status ?? UnknownStatus;
        if (status == RunStatus.Running && WriterRegistry.LiveWriters(full, Environment.MachineName, exceptPid: -1).Count == 0)
        {
            status = RunStatus.Crashed;
        }

        return new RunEntry(manifest?.RunId is { Length: > 0 } id ? id : Path.GetFileName(full), full, manifest, status);
    }
}
