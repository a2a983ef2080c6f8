// Goal (issue 3): weaving a generated assembly of 5,000 methods (2,000 [Flow], all shapes) takes
// <= 1.5x a plain Cecil read + write with symbols of the same assembly. Peak memory recorded.
// Latest (2026-11-22 11:43 UTC, quiet, both sides reading deferred): Weave 635.0 ms vs CecilReadWrite
// 597.4 ms (1.06x); peak RSS 230.5 vs 214.7 MB. Results: docs/benchmarks.md, "Issue 3 — weave time".

using System;
using System.Collections.Generic;
using System.IO;
using BenchmarkDotNet.Attributes;
using FlowTest.Benchmarks.Infrastructure;
using FlowTest.Weaving;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace FlowTest.Benchmarks;

/// <summary>
/// <see cref="AssemblyWeaver.Weave"/> against the least any Cecil-based weaver must do: read the
/// assembly and its portable PDB and write both back, done the way the weaver's own file handling
/// does it (whole file in memory, deferred reading, deterministic MVID). Each call gets a fresh copy
/// of the compiled file (restored outside the measured time): weaving is in place and a woven file
/// is recognised and left alone.
/// </summary>
[Config(typeof(WeaveTimeConfig))]
public class WeaveTimeBenchmarks
{
    private BenchmarkDirectory? _directory;
    private string _pristine = "";
    private string _working = "";
    private List<string> _references = new();
    private long _baseline;

    [GlobalSetup(Target = nameof(CecilReadWrite))]
    public void SetUpCecil() => Open(nameof(CecilReadWrite));

    [GlobalSetup(Target = nameof(Weave))]
    public void SetUpWeave() => Open(nameof(Weave));

    [IterationSetup]
    public void RestoreCompiledFile()
    {
        File.Copy(_pristine, _working, overwrite: true);
        File.Copy(Path.ChangeExtension(_pristine, ".pdb"), Path.ChangeExtension(_working, ".pdb"), overwrite: true);
    }

    [GlobalCleanup(Target = nameof(CecilReadWrite))]
    public void CleanUpCecil() => Close(nameof(CecilReadWrite));

    [GlobalCleanup(Target = nameof(Weave))]
    public void CleanUpWeave() => Close(nameof(Weave));

    [Benchmark(Baseline = true)]
    public void CecilReadWrite()
    {
        using var resolver = new DefaultAssemblyResolver();
        resolver.AddSearchDirectory(Path.GetDirectoryName(_working)!);
        resolver.AddSearchDirectory(Path.GetDirectoryName(typeof(object).Assembly.Location)!);
        var pdbPath = Path.ChangeExtension(_working, ".pdb");
        var reading = new ReaderParameters(ReadingMode.Deferred)
        {
            AssemblyResolver = resolver,
            ReadSymbols = true,
            InMemory = true,
            SymbolStream = new MemoryStream(File.ReadAllBytes(pdbPath)),
            SymbolReaderProvider = new PortablePdbReaderProvider(),
        };
        using var module = ModuleDefinition.ReadModule(new MemoryStream(File.ReadAllBytes(_working)), reading);
        var pdb = new MemoryStream();
        var assembly = new MemoryStream();
        module.Write(assembly, new WriterParameters
        {
            DeterministicMvid = true,
            WriteSymbols = true,
            SymbolWriterProvider = new PortablePdbWriterProvider(),
            SymbolStream = pdb,
        });
        File.WriteAllBytes(_working, assembly.ToArray());
        File.WriteAllBytes(pdbPath, pdb.ToArray());
    }

    [Benchmark]
    public void Weave()
    {
        var result = AssemblyWeaver.Weave(new WeaveRequest(_working) { ReferencePaths = _references });
        if (result.Outcome != WeaveOutcome.Woven || result.MethodsWoven != GeneratedLibrarySource.TotalFlowMethods)
        {
            throw new InvalidOperationException("expected " + GeneratedLibrarySource.TotalFlowMethods + " methods woven, got " + result.Outcome + " / " + result.MethodsWoven);
        }
    }

    private void Open(string method)
    {
        _directory = new BenchmarkDirectory("weave-time");
        _pristine = GeneratedLibraryCompiler.Compile(_directory.Combine("compiled"));
        var working = _directory.Combine("working");
        Directory.CreateDirectory(working);
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(_pristine)!))
        {
            File.Copy(file, Path.Combine(working, Path.GetFileName(file)));
        }

        _working = Path.Combine(working, Path.GetFileName(_pristine));
        _references = new List<string> { typeof(Flow).Assembly.Location };
        _references.AddRange(Directory.GetFiles(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "*.dll"));
        Console.WriteLine("// generated " + GeneratedLibrarySource.TotalMethods + " methods, " + GeneratedLibrarySource.TotalFlowMethods + " [Flow]: " + new FileInfo(_pristine).Length + " B assembly, " + new FileInfo(Path.ChangeExtension(_pristine, ".pdb")).Length + " B pdb (" + method + ")");
        if (!PeakResidentMemory.Reset())
        {
            Console.WriteLine("// peak resident memory could not be reset: it includes the setup");
        }

        _baseline = PeakResidentMemory.Current();
    }

    private void Close(string method)
    {
        PeakResidentMemory.Save(typeof(WeaveTimeBenchmarks), method, _baseline, PeakResidentMemory.Peak());
        _directory?.Dispose();
    }
}
