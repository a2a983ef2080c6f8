using System;
using System.IO;

namespace FlowTest.Tests.Infrastructure;

/// <summary>A fresh directory under the system temp folder, deleted when disposed.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "flowtest-tests", Guid.NewGuid().ToString("N").Substring(0, 12));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Combine(params string[] parts) => System.IO.Path.Combine(Path, System.IO.Path.Combine(parts));

    public void Dispose()
    {
        try
        {
            MakeWritable(Path);
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A process under test may still hold a file; the OS temp cleaner gets it.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static void MakeWritable(string path)
    {
        if (OperatingSystem.IsWindows() || !Directory.Exists(path))
        {
            return;
        }

        foreach (var directory in Directory.GetDirectories(path, "*", SearchOption.AllDirectories))
        {
            File.SetUnixFileMode(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }
}
