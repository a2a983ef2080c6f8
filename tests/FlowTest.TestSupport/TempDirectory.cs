using System;
using System.IO;

namespace FlowTest.TestSupport;

/// <summary>
/// A fresh directory under the system temp folder (<c>flowtest-tests/&lt;purpose&gt;-&lt;random&gt;</c>),
/// deleted when disposed, even if a test made parts of it read-only.
/// </summary>
public sealed class TempDirectory : IDisposable
{
    /// <summary>Creates the directory; <paramref name="purpose"/> starts its name, to tell leftovers apart.</summary>
    public TempDirectory(string purpose = "test")
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "flowtest-tests", purpose + "-" + Guid.NewGuid().ToString("N").Substring(0, 12));
        Directory.CreateDirectory(Path);
    }

    /// <summary>The directory's full path.</summary>
    public string Path { get; }

    /// <summary>A path inside the directory.</summary>
    public string Combine(params string[] parts) => System.IO.Path.Combine(Path, System.IO.Path.Combine(parts));

    /// <summary>Writes <paramref name="text"/> to a file at <paramref name="relativePath"/> ('/'-separated), creating its folders; returns its full path.</summary>
    public string WriteFile(string relativePath, string text)
    {
        var path = Combine(relativePath.Split('/'));
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Deletes the directory and everything in it; never throws.</summary>
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
