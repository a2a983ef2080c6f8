using System;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;

namespace FlowTest.Benchmarks.Infrastructure;

/// <summary>
/// Compiles <see cref="GeneratedLibrarySource"/> in-process with Roslyn (optimized, portable PDB beside
/// the assembly, as a Release build writes it) and puts FlowTest.dll beside it, so the weaver
/// resolves the runtime as the build task would. Seconds instead of a <c>dotnet build</c>.
/// </summary>
internal static class GeneratedLibraryCompiler
{
    /// <returns>The path of the compiled assembly in <paramref name="directory"/>.</returns>
    public static string Compile(string directory)
    {
        Directory.CreateDirectory(directory);
        var runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var references = Directory.GetFiles(runtimeDirectory, "*.dll")
            .Where(IsManagedAssembly)
            .Append(typeof(Flow).Assembly.Location)
            .Select(path => MetadataReference.CreateFromFile(path));
        var parse = new CSharpParseOptions(LanguageVersion.CSharp10);
        var trees = GeneratedLibrarySource.Files()
            .Select(file => CSharpSyntaxTree.ParseText(file.Text, parse, Path.Combine(directory, "src", file.Name), Encoding.UTF8));
        var compilation = CSharpCompilation.Create(
            GeneratedLibrarySource.AssemblyName,
            trees,
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release, deterministic: true));
        var assemblyPath = Path.Combine(directory, GeneratedLibrarySource.AssemblyName + ".dll");
        using (var assembly = File.Create(assemblyPath))
        using (var pdb = File.Create(Path.ChangeExtension(assemblyPath, ".pdb")))
        {
            var result = compilation.Emit(assembly, pdb, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb, pdbFilePath: Path.GetFileName(Path.ChangeExtension(assemblyPath, ".pdb"))));
            if (!result.Success)
            {
                throw new InvalidOperationException("the generated library does not compile: " + string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(10)));
            }
        }

        File.Copy(typeof(Flow).Assembly.Location, Path.Combine(directory, Path.GetFileName(typeof(Flow).Assembly.Location)), overwrite: true);
        return assemblyPath;
    }

    private static bool IsManagedAssembly(string path)
    {
        try
        {
            System.Reflection.AssemblyName.GetAssemblyName(path);
            return true;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }
}
