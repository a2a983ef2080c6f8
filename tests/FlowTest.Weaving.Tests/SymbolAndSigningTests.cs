using System;
using System.IO;
using System.Linq;
using System.Reflection;
using FlowTest.Weaving.Tests.Infrastructure;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace FlowTest.Weaving.Tests;

/// <summary>Issue 3 point 3: portable, embedded and no PDB; strong-named and delay-signed assemblies.</summary>
public sealed class SymbolAndSigningTests
{
    [Fact]
    public void An_assembly_without_symbols_is_woven_runs_and_stays_without_symbols()
    {
        using var dir = new TempDirectory();
        var copy = FixtureBuild.CopyTo(dir.Combine("app"));
        File.Delete(Path.ChangeExtension(copy, ".pdb"));

        Assert.Equal(WeaveOutcome.Woven, AssemblyWeaver.Weave(FixtureBuild.RequestFor(copy)).Outcome);

        Assert.False(File.Exists(Path.ChangeExtension(copy, ".pdb")));
        var run = FixtureProcess.Run(copy, "verdicts", dir.Combine("artifacts"));
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("failure", ScenarioRun.Str(run.EndedOnce("VerdictShapes/ExitTwo"), "verdict"));
        Assert.False(run.StartedOnce("VerdictShapes/ExitTwo").TryGetProperty("code", out _), "without symbols there is no source location to bake in");
    }

    [Fact]
    public void An_assembly_with_embedded_symbols_keeps_them_embedded_and_its_stack_traces_keep_their_lines()
    {
        using var dir = new TempDirectory();
        var plain = FixtureBuild.CopyTo(dir.Combine("plain"));
        var copy = FixtureBuild.CopyTo(dir.Combine("app"));
        EmbedSymbols(copy);
        Assert.True(SequencePoints.HasEmbeddedPdb(copy));

        Assert.Equal(WeaveOutcome.Woven, AssemblyWeaver.Weave(FixtureBuild.RequestFor(copy)).Outcome);

        Assert.True(SequencePoints.HasEmbeddedPdb(copy));
        Assert.False(File.Exists(Path.ChangeExtension(copy, ".pdb")));
        Assert.Equal(SequencePoints.Of(plain, "SyncShapes", "MultipleReturns").Points, SequencePoints.Of(copy, "SyncShapes", "MultipleReturns").Points);
        var woven = FixtureProcess.Run(copy, "exceptions", dir.Combine("artifacts"));
        var original = FixtureProcess.Run(plain, "exceptions", dir.Combine("artifacts-plain"));
        Assert.Equal(original.OutputLines("STACK|"), woven.OutputLines("STACK|"));
        Assert.Contains(woven.OutputLines("STACK|"), l => l.Contains(":line ", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Methods_the_weaver_leaves_alone_keep_their_debug_information_exactly()
    {
        using var dir = new TempDirectory();
        var plain = FixtureBuild.CopyTo(dir.Combine("plain"));
        var copy = FixtureBuild.CopyTo(dir.Combine("app"));

        Assert.Equal(WeaveOutcome.Woven, AssemblyWeaver.Weave(FixtureBuild.RequestFor(copy)).Outcome);

        var before = MethodDebugRecords.Of(plain);
        var after = MethodDebugRecords.Of(copy);
        // Woven code always adds IL; a method the weaver left alone keeps its size (its tokens may be renumbered).
        var untouched = before.Where(m => after.TryGetValue(m.Key, out var woven) && woven.IlSize == m.Value.IlSize).ToList();
        Assert.Contains(untouched, m => Mentions(m.Value, "custom " + MethodDebugRecords.AsyncMethodSteppingInformation));
        Assert.Contains(untouched, m => Mentions(m.Value, "custom " + MethodDebugRecords.StateMachineHoistedLocalScopes));
        Assert.Contains(untouched, m => Mentions(m.Value, "kickoff "));
        Assert.Contains(untouched, m => m.Value.Debug.Any(line => line.StartsWith("scope ", StringComparison.Ordinal) && line.Contains('=', StringComparison.Ordinal)));
        Assert.True(untouched.Count < before.Count, "precondition: some methods are woven");
        var changed = untouched
            .Where(m => !m.Value.Debug.SequenceEqual(after[m.Key].Debug))
            .Select(m => m.Key + "\n  before: " + string.Join("\n          ", m.Value.Debug.Except(after[m.Key].Debug)) + "\n  after:  " + string.Join("\n          ", after[m.Key].Debug.Except(m.Value.Debug)))
            .ToList();
        Assert.True(changed.Count == 0, "debug information changed by the weave:\n" + string.Join("\n", changed));
    }

    [Fact]
    public void A_strong_named_assembly_is_re_signed_with_its_key_after_weaving()
    {
        using var dir = new TempDirectory();
        var (keyPath, key) = TestKeys.CreateSnk(dir.Path);
        var copy = FixtureBuild.CopyTo(dir.Combine("app"));
        Rewrite(copy, new WriterParameters { StrongNameKeyBlob = File.ReadAllBytes(keyPath), WriteSymbols = true });
        Assert.True(StrongNameSignature.Verifies(copy, key), "precondition: the input is signed");
        var publicKey = AssemblyName.GetAssemblyName(copy).GetPublicKey();

        var request = FixtureBuild.RequestFor(copy);
        request.StrongNameKeyFile = keyPath;
        Assert.Equal(WeaveOutcome.Woven, AssemblyWeaver.Weave(request).Outcome);

        Assert.Equal(publicKey, AssemblyName.GetAssemblyName(copy).GetPublicKey());
        Assert.True(StrongNameSignature.Verifies(copy, key), "the woven assembly must carry a valid signature over its new content");
    }

    [Fact]
    public void A_delay_signed_assembly_keeps_its_public_key_and_stays_unsigned()
    {
        using var dir = new TempDirectory();
        var (keyPath, _) = TestKeys.CreateSnk(dir.Path);
        var copy = FixtureBuild.CopyTo(dir.Combine("app"));
        Rewrite(copy, new WriterParameters { StrongNameKeyBlob = File.ReadAllBytes(keyPath), WriteSymbols = true });
        var publicKey = AssemblyName.GetAssemblyName(copy).GetPublicKey();

        var request = FixtureBuild.RequestFor(copy);
        request.StrongNameKeyFile = keyPath;
        request.DelaySign = true;
        Assert.Equal(WeaveOutcome.Woven, AssemblyWeaver.Weave(request).Outcome);

        Assert.Equal(publicKey, AssemblyName.GetAssemblyName(copy).GetPublicKey());
        Assert.All(StrongNameSignature.Blob(copy), b => Assert.Equal(0, b));
    }

    [Fact]
    public void A_strong_named_assembly_without_its_key_is_woven_with_its_public_key_and_no_claim_to_a_signature()
    {
        // As a key container or [AssemblyKeyName] leaves it: signed by the compiler, no key file for the weaver.
        using var dir = new TempDirectory();
        var (keyPath, _) = TestKeys.CreateSnk(dir.Path);
        var copy = FixtureBuild.CopyTo(dir.Combine("app"));
        Rewrite(copy, new WriterParameters { StrongNameKeyBlob = File.ReadAllBytes(keyPath), WriteSymbols = true });
        Assert.True(HasStrongNameSignedFlag(copy), "precondition: the input is signed");
        var publicKey = AssemblyName.GetAssemblyName(copy).GetPublicKey();

        var result = AssemblyWeaver.Weave(FixtureBuild.RequestFor(copy));

        Assert.Equal(WeaveOutcome.Woven, result.Outcome);
        Assert.True(result.StrongNameSignatureDropped);
        Assert.Equal(publicKey, AssemblyName.GetAssemblyName(copy).GetPublicKey());
        Assert.False(HasStrongNameSignedFlag(copy), "an assembly whose signature is no longer valid must not claim one");
        Assert.All(StrongNameSignature.Blob(copy), b => Assert.Equal(0, b));
    }

    [Fact]
    public void Re_signed_delay_signed_and_unsigned_assemblies_report_no_dropped_signature()
    {
        using var dir = new TempDirectory();
        var (keyPath, _) = TestKeys.CreateSnk(dir.Path);
        var signed = FixtureBuild.CopyTo(dir.Combine("signed"));
        var delaySigned = FixtureBuild.CopyTo(dir.Combine("delay"));
        var unsigned = FixtureBuild.CopyTo(dir.Combine("unsigned"));
        Rewrite(signed, new WriterParameters { StrongNameKeyBlob = File.ReadAllBytes(keyPath), WriteSymbols = true });
        Rewrite(delaySigned, new WriterParameters { StrongNameKeyBlob = File.ReadAllBytes(keyPath), WriteSymbols = true });
        var signedRequest = FixtureBuild.RequestFor(signed);
        signedRequest.StrongNameKeyFile = keyPath;
        var delayRequest = FixtureBuild.RequestFor(delaySigned);
        delayRequest.StrongNameKeyFile = keyPath;
        delayRequest.DelaySign = true;

        var results = new[] { AssemblyWeaver.Weave(signedRequest), AssemblyWeaver.Weave(delayRequest), AssemblyWeaver.Weave(FixtureBuild.RequestFor(unsigned)) };

        Assert.All(results, result => Assert.Equal(WeaveOutcome.Woven, result.Outcome));
        Assert.All(results, result => Assert.False(result.StrongNameSignatureDropped));
        Assert.True(HasStrongNameSignedFlag(signed));
    }

    private static bool HasStrongNameSignedFlag(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var reader = new System.Reflection.PortableExecutable.PEReader(stream);
        return (reader.PEHeaders.CorHeader!.Flags & System.Reflection.PortableExecutable.CorFlags.StrongNameSigned) != 0;
    }

    private static bool Mentions(MethodDebugRecord record, string prefix) =>
        record.Debug.Exists(line => line.StartsWith(prefix, StringComparison.Ordinal));

    private static void EmbedSymbols(string assemblyPath)
    {
        var pdb = Path.ChangeExtension(assemblyPath, ".pdb");
        var embedded = assemblyPath + ".embedded";
        using (var module = ModuleDefinition.ReadModule(assemblyPath, new ReaderParameters { ReadSymbols = true, InMemory = true }))
        {
            module.Write(embedded, new WriterParameters { WriteSymbols = true, SymbolWriterProvider = new EmbeddedPortablePdbWriterProvider() });
        }

        File.Move(embedded, assemblyPath, overwrite: true);
        File.Delete(pdb);
    }

    /// <summary>Rewrites an assembly with Cecil, as another build step might have (embedding symbols, signing).</summary>
    private static void Rewrite(string assemblyPath, WriterParameters parameters)
    {
        var pdb = Path.ChangeExtension(assemblyPath, ".pdb");
        using var assemblyBytes = new MemoryStream(File.ReadAllBytes(assemblyPath));
        using var pdbBytes = new MemoryStream(File.ReadAllBytes(pdb));
        using var module = ModuleDefinition.ReadModule(assemblyBytes, new ReaderParameters { ReadSymbols = true, SymbolStream = pdbBytes, SymbolReaderProvider = new PortablePdbReaderProvider() });
        var output = new MemoryStream();
        var symbols = new MemoryStream();
        if (parameters.SymbolWriterProvider is null)
        {
            parameters.SymbolWriterProvider = new PortablePdbWriterProvider();
            parameters.SymbolStream = symbols;
        }

        module.Write(output, parameters);
        File.WriteAllBytes(assemblyPath, output.ToArray());
        if (symbols.Length > 0)
        {
            File.WriteAllBytes(pdb, symbols.ToArray());
        }
    }
}
