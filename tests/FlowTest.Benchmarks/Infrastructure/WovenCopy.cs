using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using FlowTest.Weaving;

namespace FlowTest.Benchmarks.Infrastructure;

/// <summary>
/// A woven copy of an assembly the benchmarks reference: its build output is copied to a temp folder,
/// woven there with <see cref="AssemblyWeaver.Weave"/> exactly as the build task would, and loaded
/// into its own <see cref="AssemblyLoadContext"/>. Everything else (FlowTest.dll above all) resolves
/// from the default context, so woven and unwoven code share one runtime and one recorder.
/// </summary>
internal sealed class WovenCopy : IDisposable
{
    private readonly BenchmarkDirectory _directory;

    private WovenCopy(BenchmarkDirectory directory, Assembly assembly, int methodsWoven)
    {
        _directory = directory;
        Assembly = assembly;
        MethodsWoven = methodsWoven;
    }

    /// <summary>The woven assembly, loaded beside (not instead of) the original.</summary>
    public Assembly Assembly { get; }

    public int MethodsWoven { get; }

    /// <summary>Weaves a copy of the assembly that defines <paramref name="typeInAssembly"/> and loads it.</summary>
    public static WovenCopy Of(Type typeInAssembly)
    {
        var original = typeInAssembly.Assembly.Location;
        var directory = new BenchmarkDirectory("woven-copy");
        var copy = directory.Combine(Path.GetFileName(original));
        File.Copy(original, copy);
        var pdb = Path.ChangeExtension(original, ".pdb");
        if (File.Exists(pdb))
        {
            File.Copy(pdb, Path.ChangeExtension(copy, ".pdb"));
        }

        var references = new List<string> { typeof(Flow).Assembly.Location };
        references.AddRange(Directory.GetFiles(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "*.dll"));
        var result = AssemblyWeaver.Weave(new WeaveRequest(copy) { ReferencePaths = references });
        if (result.Outcome != WeaveOutcome.Woven)
        {
            throw new InvalidOperationException("weaving " + copy + " gave " + result.Outcome + ": " + string.Join("; ", result.Diagnostics.Select(d => d.Code + " " + d.Message)));
        }

        var context = new AssemblyLoadContext("flowtest-benchmarks-woven", isCollectible: false);
        return new WovenCopy(directory, context.LoadFromAssemblyPath(copy), result.MethodsWoven);
    }

    /// <summary>A delegate to a static method of the woven copy, same shape as on the unwoven side.</summary>
    public TDelegate Method<TDelegate>(Type originalType, string name)
        where TDelegate : Delegate
    {
        var type = Assembly.GetType(originalType.FullName!, throwOnError: true)!;
        var method = type.GetMethod(name, BindingFlags.Public | BindingFlags.Static)
            ?? throw new InvalidOperationException(originalType.FullName + "." + name + " not found in the woven copy");
        return method.CreateDelegate<TDelegate>();
    }

    public void Dispose() => _directory.Dispose();
}
