using System;
using System.IO;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace FlowTest.Weaving;

/// <summary>
/// Where a method is in the source, from the PDB's sequence points: for async methods and
/// iterators the state machine's <c>MoveNext</c> holds them. Paths are made relative to the
/// source root so events read the same on every machine.
/// </summary>
internal sealed class SourceLocator
{
    private readonly string? _sourceRoot;

    public SourceLocator(string? sourceRoot)
    {
        _sourceRoot = string.IsNullOrEmpty(sourceRoot) ? null : Normalize(sourceRoot!).TrimEnd('/') + "/";
    }

    /// <summary>The first visible sequence point of the method's code, or null without symbols.</summary>
    public static SequencePoint? FirstSequencePoint(MethodDefinition method)
    {
        var own = FirstVisible(method);
        if (own is not null)
        {
            return own;
        }

        var stateMachine = StateMachines.Find(method);
        var moveNext = stateMachine is null ? null : StateMachines.Method(stateMachine, "MoveNext");
        return moveNext is null ? null : FirstVisible(moveNext);
    }

    /// <summary>The original (absolute) document path of the method, or of any method of its type.</summary>
    public static string? DocumentOf(MethodDefinition method)
    {
        var point = FirstSequencePoint(method);
        if (point is not null)
        {
            return point.Document.Url;
        }

        foreach (var sibling in method.DeclaringType.Methods)
        {
            var other = sibling == method ? null : FirstSequencePoint(sibling);
            if (other is not null)
            {
                return other.Document.Url;
            }
        }

        return null;
    }

    /// <summary>
    /// The file on disk for a PDB document path. A deterministic build (<c>ContinuousIntegrationBuild</c>)
    /// writes <c>/_/src/File.cs</c>; that prefix stands for the source root, so diagnostics can name
    /// (and the declaration search can read) the real file.
    /// </summary>
    public static string? PathOnDisk(string? documentPath, string? sourceRoot)
    {
        if (documentPath is null || string.IsNullOrEmpty(sourceRoot) || !Normalize(documentPath).StartsWith("/_/", StringComparison.Ordinal))
        {
            return documentPath;
        }

        return Path.Combine(sourceRoot!, Normalize(documentPath).Substring(3).Replace('/', Path.DirectorySeparatorChar));
    }

    /// <summary>
    /// A bodiless member has no sequence points: find its declaration in the source file, which
    /// exists at build time. Returns 0 when the file or the declaration cannot be found.
    /// </summary>
    public static int FindDeclarationLine(string? documentPath, MethodDefinition method)
    {
        if (documentPath is null || !File.Exists(documentPath))
        {
            return 0;
        }

        try
        {
            var lines = File.ReadAllLines(documentPath);
            var name = method.IsConstructor ? method.DeclaringType.Name : method.Name;

            // A call site may come first: prefer the line that also says why there is no body.
            var keyword = method.IsAbstract ? "abstract " : method.HasBody ? null : "extern ";
            var line = keyword is null ? 0 : FindLine(lines, name, keyword);
            return line > 0 ? line : FindLine(lines, name, null);
        }
        catch (IOException)
        {
            // A location is a courtesy: without it the diagnostic still names the member.
        }
        catch (UnauthorizedAccessException)
        {
        }

        return 0;
    }

    private static int FindLine(string[] lines, string name, string? keyword)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            var text = lines[i];
            var named = text.IndexOf(" " + name + "(", StringComparison.Ordinal) >= 0 || text.IndexOf(" " + name + "<", StringComparison.Ordinal) >= 0;
            if (named && (keyword is null || text.IndexOf(keyword, StringComparison.Ordinal) >= 0))
            {
                return i + 1;
            }
        }

        return 0;
    }

    /// <summary>The path written into events: relative to the source root when under it; <c>/_/</c> (deterministic builds) stripped.</summary>
    public string MapPath(string path)
    {
        var normalized = Normalize(path);
        if (_sourceRoot is not null && normalized.StartsWith(_sourceRoot, StringComparison.OrdinalIgnoreCase))
        {
            return normalized.Substring(_sourceRoot.Length);
        }

        return normalized.StartsWith("/_/", StringComparison.Ordinal) ? normalized.Substring(3) : normalized;
    }

    private static SequencePoint? FirstVisible(MethodDefinition method)
    {
        if (!method.HasBody || !method.DebugInformation.HasSequencePoints)
        {
            return null;
        }

        foreach (var point in method.DebugInformation.SequencePoints)
        {
            if (!point.IsHidden)
            {
                return point;
            }
        }

        return null;
    }

    private static string Normalize(string path) => path.Replace('\\', '/');
}
