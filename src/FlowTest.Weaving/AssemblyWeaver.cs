using System;
using System.Collections.Generic;
using System.IO;
using Mono.Cecil;

namespace FlowTest.Weaving;

/// <summary>
/// Entry point of the weaver: reads one assembly with its symbols, weaves every method marked
/// <c>[Flow]</c>, and writes it back in place (symbols and strong name kept valid).
/// </summary>
public static class AssemblyWeaver
{
    /// <summary>Weaves the assembly named by <paramref name="request"/>. Never throws: failures come back as diagnostics.</summary>
    public static WeaveResult Weave(WeaveRequest request)
    {
        var diagnostics = new List<WeaveDiagnostic>();
        try
        {
            return WeaveFile(request, diagnostics);
        }
        catch (Exception error)
        {
            diagnostics.Add(new WeaveDiagnostic(
                DiagnosticCodes.ReadOrWriteFailed,
                WeaveDiagnosticSeverity.Error,
                "FlowTest could not weave " + request?.AssemblyPath + ": " + error.GetType().Name + ": " + error.Message + ". The assembly was left as the compiler wrote it.",
                request?.AssemblyPath));
            return new WeaveResult(WeaveOutcome.Failed, 0, diagnostics);
        }
    }

    private static WeaveResult WeaveFile(WeaveRequest request, List<WeaveDiagnostic> diagnostics)
    {
        byte[]? key = null;
        if (!string.IsNullOrEmpty(request.StrongNameKeyFile) && !request.DelaySign)
        {
            if (!File.Exists(request.StrongNameKeyFile))
            {
                diagnostics.Add(new WeaveDiagnostic(DiagnosticCodes.StrongNameKeyUnreadable, WeaveDiagnosticSeverity.Error, "The strong-name key file " + request.StrongNameKeyFile + " does not exist, so the woven assembly could not be re-signed.", request.StrongNameKeyFile));
                return new WeaveResult(WeaveOutcome.Failed, 0, diagnostics);
            }

            key = File.ReadAllBytes(request.StrongNameKeyFile);
        }

        using var file = ModuleFile.Read(request.AssemblyPath, request.ReferencePaths ?? new string[0]);
        request.PhaseCompleted?.Invoke("read");
        var module = file.Module;
        if (module.GetType(AttributeNames.WovenMarkerType) is not null)
        {
            return new WeaveResult(WeaveOutcome.AlreadyWoven, 0, diagnostics);
        }

        var targets = FlowMethodFinder.Find(module, diagnostics, request.SourceRoot);
        request.PhaseCompleted?.Invoke("find");
        if (targets.Count == 0)
        {
            return new WeaveResult(WeaveOutcome.NothingToWeave, 0, diagnostics);
        }

        var locator = new SourceLocator(request.SourceRoot);
        var woven = 0;
        var apis = new Dictionary<IMetadataScope, WovenApi>();
        foreach (var target in targets)
        {
            var runtime = target.Attribute.AttributeType.Scope;
            if (runtime is not AssemblyNameReference)
            {
                diagnostics.Add(FlowMethodFinder.Diagnose(DiagnosticCodes.RuntimeNotReferenced, target.Method, "is marked with a [Flow] attribute declared in this assembly, not FlowTest's; there is no runtime to call, so it is not woven.", sourceRoot: request.SourceRoot));
                continue;
            }

            if (!apis.TryGetValue(runtime, out var api))
            {
                api = new WovenApi(module, runtime);
                apis.Add(runtime, api);
            }

            try
            {
                MethodWeaver.Weave(target, locator, api);
                woven++;
            }
            catch (Exception error)
            {
                diagnostics.Add(FlowMethodFinder.Diagnose(
                    DiagnosticCodes.InternalError,
                    target.Method,
                    "could not be woven (" + (error is WeavingException ? error.Message : error.GetType().Name + ": " + error.Message) + "). This is a FlowTest bug: please report it; mark the method [NoTrace] to build meanwhile.",
                    WeaveDiagnosticSeverity.Error,
                    request.SourceRoot));
            }
        }

        // One failed method fails the weave: a half-woven assembly would hide the error.
        if (diagnostics.Exists(d => d.Severity == WeaveDiagnosticSeverity.Error))
        {
            return new WeaveResult(WeaveOutcome.Failed, 0, diagnostics);
        }

        if (woven == 0)
        {
            return new WeaveResult(WeaveOutcome.NothingToWeave, 0, diagnostics);
        }

        request.PhaseCompleted?.Invoke("rewrite");
        WeaveMarker.Add(module);
        // Signed by the compiler with a key nobody handed us: the new bytes cannot carry a valid signature,
        // so the file must not claim one (the flag goes, the public key stays, as in a delay-signed assembly).
        var signatureDropped = key is null && !request.DelaySign && (module.Attributes & ModuleAttributes.StrongNameSigned) != 0;
        if (signatureDropped)
        {
            module.Attributes &= ~ModuleAttributes.StrongNameSigned;
        }

        file.Write(key);
        request.PhaseCompleted?.Invoke("write");
        return new WeaveResult(WeaveOutcome.Woven, woven, diagnostics) { StrongNameSignatureDropped = signatureDropped };
    }
}
