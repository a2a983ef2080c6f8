using System;
using System.IO;

namespace FlowTest.Benchmarks.Infrastructure;

/// <summary>
/// A fresh directory under the system temp folder for one benchmark process; deleted at the end unless
/// <c>FLOWTEST_BENCHMARKS_KEEP=1</c> (to inspect or rebuild a generated project by hand).
/// </summary>
internal sealed class BenchmarkDirectory : IDisposable
{
    public BenchmarkDirectory(string purpose)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "flowtest-benchmarks", purpose + "-" + Environment.ProcessId);
        DeleteQuietly(Path);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Combine(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        if (Environment.GetEnvironmentVariable("FLOWTEST_BENCHMARKS_KEEP") == "1")
        {
            Console.WriteLine("// kept " + Path);
            return;
        }

        DeleteQuietly(Path);
    }

    public static void DeleteQuietly(string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
            else if (File.Exists(path))
            {
                File.Delete(path);
            }
        }
        catch (IOException)
        {
            // A writer may still hold a file; the OS temp cleaner gets it.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
