using System.Globalization;
using System.Text;

namespace FlowTest.Benchmarks.Infrastructure;

/// <summary>
/// C# source of a library of 5,000 methods, 2,000 of them <c>[Flow]</c>, for the weave-time and
/// rebuild benchmarks. 50 classes of 100 methods; in each class 40 are annotated, 10 of each shape
/// (sync value, async <c>Task&lt;int&gt;</c>, iterator, generic method), and the other 60 are the
/// same shapes without the attribute, so the weaver also scans methods it leaves alone.
/// </summary>
internal static class GeneratedLibrarySource
{
    public const int Classes = 50;
    public const int MethodsPerClass = 100;
    public const int FlowMethodsPerClass = 40;
    public const string AssemblyName = "FlowTest.Benchmarks.Generated";

    public static int TotalMethods => Classes * MethodsPerClass;

    public static int TotalFlowMethods => Classes * FlowMethodsPerClass;

    /// <summary>One source file per class, as (file name, text).</summary>
    public static (string Name, string Text)[] Files()
    {
        var files = new (string, string)[Classes];
        for (var c = 0; c < Classes; c++)
        {
            files[c] = ("Service" + c.ToString("00", CultureInfo.InvariantCulture) + ".cs", ClassText(c));
        }

        return files;
    }

    private static string ClassText(int c)
    {
        var text = new StringBuilder();
        text.Append("using System.Collections.Generic;\nusing System.Threading.Tasks;\nusing FlowTest;\n\n");
        text.Append("namespace Generated;\n\npublic sealed class Service").Append(c.ToString("00", CultureInfo.InvariantCulture)).Append("\n{\n");
        text.Append("    private int _calls;\n\n");
        for (var m = 0; m < MethodsPerClass; m++)
        {
            var attribute = m < FlowMethodsPerClass ? "    [Flow]\n" : "";
            var n = m.ToString(CultureInfo.InvariantCulture);
            text.Append(attribute);
            switch (m % 4)
            {
                case 0:
                    text.Append("    public int Compute").Append(n).Append("(int a, string name)\n    {\n        _calls++;\n        var x = a * ").Append(n)
                        .Append(" + name.Length;\n        if (x > 1000)\n        {\n            return x - _calls;\n        }\n\n        return x;\n    }\n\n");
                    break;
                case 1:
                    text.Append("    public async Task<int> Load").Append(n).Append("Async(int id, int delay)\n    {\n        await Task.Delay(delay).ConfigureAwait(false);\n        return id + ")
                        .Append(n).Append(";\n    }\n\n");
                    break;
                case 2:
                    text.Append("    public IEnumerable<int> Range").Append(n).Append("(int count)\n    {\n        for (var i = 0; i < count; i++)\n        {\n            yield return i * ")
                        .Append(n).Append(";\n        }\n    }\n\n");
                    break;
                default:
                    text.Append("    public T Pick").Append(n).Append("<T>(T first, T second, bool takeFirst)\n    {\n        _calls++;\n        return takeFirst ? first : second;\n    }\n\n");
                    break;
            }
        }

        text.Append("}\n");
        return text.ToString();
    }
}
