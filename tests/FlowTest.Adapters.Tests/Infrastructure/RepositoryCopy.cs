using System.IO;
using System.Linq;

namespace FlowTest.Adapters.Tests.Infrastructure;

/// <summary>Copies parts of the repository (named folders without their bin/obj, named root files) to a temp folder.</summary>
internal static class RepositoryCopy
{
    public static void Copy(string repository, string target, string[] folders, string[] rootFiles)
    {
        Directory.CreateDirectory(target);
        foreach (var file in rootFiles.Where(f => File.Exists(Path.Combine(repository, f))))
        {
            File.Copy(Path.Combine(repository, file), Path.Combine(target, file));
        }

        foreach (var folder in folders)
        {
            CopyTree(Path.Combine(repository, folder), Path.Combine(target, folder));
        }
    }

    private static void CopyTree(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var directory in Directory.GetDirectories(from))
        {
            var name = Path.GetFileName(directory);
            if (name is not ("bin" or "obj" or ".flowtest" or "artifacts"))
            {
                CopyTree(directory, Path.Combine(to, name));
            }
        }
    }
}
