using System;
using System.Globalization;
using System.IO;
using System.Threading;

namespace FlowTest.Benchmarks.Infrastructure;

/// <summary>
/// Polls <c>/proc</c> every 50 ms for processes whose command line contains a marker (the test host
/// of one generated suite: its command line names the suite's output folder) and keeps the highest
/// <c>VmHWM</c> (peak resident size) seen. VmHWM is itself a peak, so only what the host allocates in
/// its last 50 ms can be missed. Once found, only that process is read, so polling costs next to
/// nothing beside the measured command. Linux only; elsewhere it reports 0.
/// </summary>
internal sealed class ChildPeakMemorySampler : IDisposable
{
    private readonly string _marker;
    private readonly Thread _thread;
    private volatile bool _stopped;
    private long _peak;
    private string? _found;

    public ChildPeakMemorySampler(string marker)
    {
        _marker = marker;
        _thread = new Thread(Poll) { IsBackground = true, Name = "peak-memory-sampler" };
        _thread.Start();
    }

    /// <summary>Stops polling; the highest peak seen, in bytes.</summary>
    public long Stop()
    {
        _stopped = true;
        _thread.Join();
        return Interlocked.Read(ref _peak);
    }

    public void Dispose()
    {
        if (!_stopped)
        {
            Stop();
        }
    }

    private void Poll()
    {
        while (!_stopped)
        {
            if (_found is not null)
            {
                Sample(_found);
            }
            else if (Directory.Exists("/proc"))
            {
                foreach (var directory in Directory.EnumerateDirectories("/proc"))
                {
                    Sample(directory);
                }
            }

            Thread.Sleep(50);
        }
    }

    private void Sample(string processDirectory)
    {
        try
        {
            var name = Path.GetFileName(processDirectory);
            if (name.Length == 0 || !char.IsDigit(name[0]))
            {
                return;
            }

            var commandLine = File.ReadAllText(Path.Combine(processDirectory, "cmdline"));
            if (!commandLine.Contains(_marker, StringComparison.Ordinal) || !commandLine.Contains("testhost", StringComparison.OrdinalIgnoreCase))
            {
                return;
            }

            _found = processDirectory;
            foreach (var line in File.ReadLines(Path.Combine(processDirectory, "status")))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    var bytes = long.Parse(line.Substring(6).Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
                    if (bytes > Interlocked.Read(ref _peak))
                    {
                        Interlocked.Exchange(ref _peak, bytes);
                    }
                }
            }
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // The process ended between listing and reading; a later host is looked for afresh.
            if (_found == processDirectory)
            {
                _found = null;
            }
        }
    }
}
