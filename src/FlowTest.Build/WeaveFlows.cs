using System;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using FlowTest.Weaving;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace FlowTest.Build;

/// <summary>
/// MSBuild task that weaves the <c>[Flow]</c> methods of the freshly compiled assembly in <c>obj/</c>,
/// in place, before it is copied to the output folder. All the IL work is FlowTest.Weaving's; this
/// task only translates MSBuild inputs into a <see cref="WeaveRequest"/> and the result into
/// MSBuild errors and warnings. No exception leaves it: a crash is one FT0100 error naming the assembly.
/// </summary>
public sealed class WeaveFlows : Task
{
    // Started when MSBuild creates the task: the phases include loading the weaver and Cecil.
    private readonly WeavePhaseClock _clock = new();

    /// <summary>The intermediate assembly (<c>@(IntermediateAssembly)</c>), rewritten in place.</summary>
    [Required]
    public string AssemblyPath { get; set; } = string.Empty;

    /// <summary>The assemblies the project compiles against (<c>@(ReferencePath)</c>).</summary>
    public ITaskItem[] ReferencePaths { get; set; } = new ITaskItem[0];

    /// <summary>The strong-name key file, or empty when the assembly is not signed.</summary>
    public string? KeyFile { get; set; }

    /// <summary>The strong-name key container the compiler signed with (<c>KeyContainerName</c>), or empty; only named in FT0103.</summary>
    public string? KeyContainer { get; set; }

    /// <summary>Whether the assembly is delay-signed (keeps its public key, stays unsigned).</summary>
    public bool DelaySign { get; set; }

    /// <summary>The folder source paths are made relative to (the repository root), or empty for absolute paths.</summary>
    public string? SourceRoot { get; set; }

    /// <summary>The project folder, where the search for the repository root starts when <see cref="SourceRoot"/> is empty.</summary>
    public string? ProjectDirectory { get; set; }

    /// <summary>Written after a finished weave, deleted after a failed one: the target's incremental output.</summary>
    [Required]
    public string StampFile { get; set; } = string.Empty;

    /// <summary>
    /// Whether the weave asks the runtime not to collect garbage until it has allocated about 72 bytes per byte of
    /// assembly and PDB (<c>FlowTestWeaveGcPause</c>, default true): most of a weave's time otherwise goes to
    /// collections that walk Cecil's whole in-memory module. False keeps the build process's memory lower.
    /// </summary>
    public bool PauseGarbageCollection { get; set; } = true;

    /// <summary>How many methods were woven (0 when nothing was marked or the assembly was woven before).</summary>
    [Output]
    public int MethodsWoven { get; set; }

    /// <inheritdoc />
    public override bool Execute()
    {
        // Only task types here: if FlowTest.Weaving or Mono.Cecil cannot be loaded, that fails when
        // WeaveAndReport is compiled, inside this try, and becomes one FT0100 error instead of MSB4018.
        try
        {
            return WeaveAndReport();
        }
#pragma warning disable CA1031 // A build task must turn every failure into one readable error.
        catch (Exception error)
#pragma warning restore CA1031
        {
            Log.LogError(null, BuildDiagnosticCodes.WeaverFailed, null, AssemblyPath, 0, 0, 0, 0,
                $"FlowTest could not weave '{Path.GetFileName(AssemblyPath)}': {error.GetType().Name}: {error.Message} The assembly was left as compiled. Set FlowTestWeave=false to build without weaving, and report this with the detailed build log.");
            Log.LogMessage(MessageImportance.Low, error.ToString());
            TryDeleteStamp();
            return false;
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool WeaveAndReport()
    {
        if (!File.Exists(AssemblyPath))
        {
            Log.LogError(null, BuildDiagnosticCodes.AssemblyMissing, null, AssemblyPath, 0, 0, 0, 0,
                $"FlowTest cannot weave '{AssemblyPath}': the compiled assembly does not exist. Rebuild the project; if it persists, set FlowTestWeave=false and report it.");
            WeaveStampFile.Delete(StampFile);
            return false;
        }

        var result = WeaveWithWeaver();
        Report(result);
        if (Log.HasLoggedErrors)
        {
            WeaveStampFile.Delete(StampFile);
            return false;
        }

        MethodsWoven = result.MethodsWoven;
        WriteStamp(result);
        _clock.Completed("report");
        Log.LogMessage(MessageImportance.Low, _clock.Describe());
        return true;
    }

    private void WriteStamp(WeaveResult result)
    {
        try
        {
            WeaveStampFile.Write(StampFile, AssemblyPath, result.Outcome.ToString(), result.MethodsWoven);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // The assembly is woven and carries the marker: the next build re-runs the weaver harmlessly.
            Log.LogWarning(null, BuildDiagnosticCodes.StampNotWritten, null, StampFile, 0, 0, 0, 0,
                $"FlowTest wove '{Path.GetFileName(AssemblyPath)}' but could not write '{StampFile}' ({error.Message}); the next build checks the assembly again.");
        }
    }

    private WeaveResult WeaveWithWeaver()
    {
        var request = new WeaveRequest(AssemblyPath)
        {
            ReferencePaths = ReferencePaths.Select(item => item.ItemSpec).ToArray(),
            SourceRoot = SourceRootResolver.Resolve(SourceRoot, ProjectDirectory, SourceRootResolver.HasGitEntryOnDisk),
            StrongNameKeyFile = string.IsNullOrWhiteSpace(KeyFile) ? null : KeyFile,
            DelaySign = DelaySign,
            PhaseCompleted = _clock.Completed,
        };
        Log.LogMessage(MessageImportance.Low, "FlowTest: weaving '{0}' with {1} from '{2}' and {3} from '{4}'.",
            AssemblyPath,
            typeof(AssemblyWeaver).Assembly.GetName(), typeof(AssemblyWeaver).Assembly.Location,
            typeof(Mono.Cecil.AssemblyDefinition).Assembly.GetName(), typeof(Mono.Cecil.AssemblyDefinition).Assembly.Location);
        _clock.Completed("load");
        // The weave neither logs nor calls MSBuild: yielded, the node may build other projects meanwhile (as Csc does).
        var engine = BuildEngine as IBuildEngine3;
        engine?.Yield();
        using var pause = PauseGarbageCollection ? GarbageCollectionPause.Begin(WeaveMemoryBudget.For(FileBytes(AssemblyPath))) : null;
        _clock.GarbageCollectionPaused = pause?.Started ?? false;
        try
        {
            return AssemblyWeaver.Weave(request);
        }
        finally
        {
            engine?.Reacquire();
        }
    }

    // The assembly and the PDB beside it (an embedded PDB is inside the assembly already).
    private static long FileBytes(string assemblyPath)
    {
        var pdb = Path.ChangeExtension(assemblyPath, ".pdb");
        return new FileInfo(assemblyPath).Length + (File.Exists(pdb) ? new FileInfo(pdb).Length : 0);
    }

    private void Report(WeaveResult result)
    {
        foreach (var diagnostic in result.Diagnostics)
        {
            if (diagnostic.Severity == WeaveDiagnosticSeverity.Error)
            {
                Log.LogError(null, diagnostic.Code, null, diagnostic.File, diagnostic.Line, diagnostic.Column, 0, 0, diagnostic.Message);
            }
            else
            {
                Log.LogWarning(null, diagnostic.Code, null, diagnostic.File, diagnostic.Line, diagnostic.Column, 0, 0, diagnostic.Message);
            }
        }

        if (result.StrongNameSignatureDropped)
        {
            ReportSignatureDropped();
        }

        if (result.Outcome == WeaveOutcome.Failed && !Log.HasLoggedErrors)
        {
            Log.LogError(null, BuildDiagnosticCodes.WeaverFailed, null, AssemblyPath, 0, 0, 0, 0,
                $"FlowTest could not weave '{Path.GetFileName(AssemblyPath)}' and gave no reason. The assembly was left as compiled. Set FlowTestWeave=false to build without weaving, and report this with the detailed build log.");
            return;
        }

        Log.LogMessage(MessageImportance.Normal, "FlowTest: {0} ({1}: {2} method(s) woven).", Path.GetFileName(AssemblyPath), result.Outcome, result.MethodsWoven);
    }

    private void ReportSignatureDropped()
    {
        var source = string.IsNullOrWhiteSpace(KeyContainer)
            ? "with a key the build did not pass on as a key file (an [AssemblyKeyName] or [AssemblyKeyFile] attribute, or a key container)"
            : $"from the key container '{KeyContainer}' (KeyContainerName)";
        Log.LogWarning(null, BuildDiagnosticCodes.StrongNameNotReSigned, null, AssemblyPath, 0, 0, 0, 0,
            $"FlowTest wove '{Path.GetFileName(AssemblyPath)}', which the compiler strong-name signed {source}; FlowTest re-signs only with a key file, so the woven assembly keeps its public key but has no valid signature, like a delay-signed one (.NET does not check it; .NET Framework and 'sn -v' do). " +
            "Sign with a key file instead (SignAssembly=true and AssemblyOriginatorKeyFile pointing at the .snk key pair), or set FlowTestWeave=false for this project to keep the compiler's signature.");
    }

    private void TryDeleteStamp()
    {
        try
        {
            WeaveStampFile.Delete(StampFile);
        }
#pragma warning disable CA1031 // The error that matters has been reported already.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }
}
