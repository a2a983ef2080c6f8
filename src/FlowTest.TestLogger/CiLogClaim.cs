using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;
using FlowTest.Ci;

namespace FlowTest.TestLogger;

/// <summary>
/// Takes, for printing, the CI lines of the run named in a hand-off file that no logger has printed
/// yet. Loggers of several test projects (several vstest.console processes) may share one run, so the
/// run directory's <see cref="CiLogHandoff.PrintedFileName"/> is opened exclusively — the lock — and
/// records what was printed.
/// </summary>
internal static class CiLogClaim
{
    private static readonly TimeSpan LockTimeout = TimeSpan.FromSeconds(30);
    private static readonly Encoding Utf8 = new UTF8Encoding(false);

    /// <summary>
    /// The lines to print now; empty when no host of ours finalized the run (it is still running and a
    /// later host — reporting to its own logger — will), or when everything was printed already.
    /// </summary>
    public static IReadOnlyList<string> Take(string handoffPath)
    {
        if (!File.Exists(handoffPath))
        {
            return Array.Empty<string>();
        }

        var runDirectory = File.ReadAllText(handoffPath, Utf8).Trim();
        File.Delete(handoffPath);
        var linesPath = Path.Combine(runDirectory, CiLogHandoff.LinesFileName);
        if (runDirectory.Length == 0 || !File.Exists(linesPath))
        {
            return Array.Empty<string>();
        }

        using var printed = OpenExclusively(Path.Combine(runDirectory, CiLogHandoff.PrintedFileName));
        var already = new List<string>();
        using (var reader = new StreamReader(printed, Utf8, false, 4096, leaveOpen: true))
        {
            for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
            {
                already.Add(line);
            }
        }

        // The finalizer replaces the file atomically, so this is one finalization's complete list.
        var unprinted = CiLogHandoff.Unprinted(File.ReadAllLines(linesPath, Utf8), already);
        printed.Seek(0, SeekOrigin.End);
        using (var writer = new StreamWriter(printed, Utf8, 4096, leaveOpen: true))
        {
            foreach (var line in unprinted)
            {
                writer.Write(line);
                writer.Write('\n');
            }
        }

        return unprinted;
    }

    private static FileStream OpenExclusively(string path)
    {
        var deadline = DateTime.UtcNow + LockTimeout;
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                // Another test project's logger holds it for the few milliseconds it takes to print.
                Thread.Sleep(20);
            }
        }
    }
}
