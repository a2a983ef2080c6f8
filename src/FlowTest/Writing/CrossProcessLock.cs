using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Threading;

namespace FlowTest.Writing;

/// <summary>
/// A lock shared by every process that writes one run. Linux and Windows use a byte-range lock on
/// a lock file kept open (cheap per batch); macOS, where .NET has no byte-range locks, opens the
/// lock file exclusively for each hold. Both are released by the OS if the holder dies.
/// </summary>
internal sealed class CrossProcessLock : IDisposable
{
    private static readonly bool UseRangeLocks = !RuntimeInformation.IsOSPlatform(OSPlatform.OSX);
    private readonly string _path;
    private readonly TimeSpan _timeout;
    private readonly FileStream? _rangeLockFile;
    private FileStream? _exclusiveHold;

    public CrossProcessLock(string path, TimeSpan timeout)
    {
        _path = path;
        _timeout = timeout;
        if (UseRangeLocks)
        {
            _rangeLockFile = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete, 1);
        }
    }

    /// <summary>Waits for the lock; after the timeout proceeds anyway (a stuck peer must not hang the program).</summary>
    /// <returns><see langword="false"/> when the wait timed out.</returns>
    public bool Acquire()
    {
        var started = Environment.TickCount;
        var attempt = 0;
        while (true)
        {
            if (TryAcquireOnce())
            {
                return true;
            }

            if (unchecked(Environment.TickCount - started) > _timeout.TotalMilliseconds)
            {
                return false;
            }

            // Another process holds it: back off a little more each time.
            Thread.Sleep(attempt++ < 4 ? 0 : 1);
        }
    }

    public void Release()
    {
        try
        {
            if (_rangeLockFile is not null)
            {
                UnlockRange(_rangeLockFile);
            }
            else
            {
                _exclusiveHold?.Dispose();
                _exclusiveHold = null;
            }
        }
        catch (IOException)
        {
            // Only fails if the lock is already gone.
        }
    }

    public void Dispose()
    {
        _exclusiveHold?.Dispose();
        _rangeLockFile?.Dispose();
    }

    private bool TryAcquireOnce()
    {
        try
        {
            if (_rangeLockFile is not null)
            {
                LockRange(_rangeLockFile);
            }
            else
            {
                _exclusiveHold = new FileStream(_path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1);
            }

            return true;
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    // Only reached when UseRangeLocks is true, i.e. not on macOS.
#pragma warning disable CA1416
    private static void LockRange(FileStream file) => file.Lock(0, 1);

    private static void UnlockRange(FileStream file) => file.Unlock(0, 1);
#pragma warning restore CA1416
}
