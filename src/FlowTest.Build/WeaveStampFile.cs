using System;
using System.IO;
using System.Text;

namespace FlowTest.Build;

/// <summary>
/// The file in <c>obj/</c> whose timestamp says "the intermediate assembly was woven after its last
/// compile"; the weaving target compares it with the assembly to stay incremental.
/// </summary>
internal static class WeaveStampFile
{
    /// <summary>Writes the stamp after a finished weave; its content is for people reading <c>obj/</c>.</summary>
    public static void Write(string path, string assemblyPath, string outcome, int methodsWoven)
    {
        var directory = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        var text = new StringBuilder()
            .Append("assembly: ").Append(assemblyPath).Append('\n')
            .Append("outcome: ").Append(outcome).Append('\n')
            .Append("methods_woven: ").Append(methodsWoven.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append('\n')
            .ToString();
        File.WriteAllText(path, text, new UTF8Encoding(false));
        // Rewriting identical content must still move the timestamp past the assembly's.
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow);
    }

    /// <summary>Removes the stamp so that a failed weave is retried by the next build instead of looking up to date.</summary>
    public static void Delete(string path)
    {
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }
}
