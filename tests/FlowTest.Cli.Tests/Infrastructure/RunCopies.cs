using System.IO;

namespace FlowTest.Cli.Tests.Infrastructure;

/// <summary>Copies recorded runs into a scratch root, so tests may damage or delete them.</summary>
internal static class RunCopies
{
    public static string CopyRun(string sourceRunDirectory, string root, string runId)
    {
        var target = Path.Combine(root, "runs", runId);
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(sourceRunDirectory))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        var manifest = Path.Combine(target, "run.json");
        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace(Path.GetFileName(sourceRunDirectory), runId));
        return target;
    }
}
