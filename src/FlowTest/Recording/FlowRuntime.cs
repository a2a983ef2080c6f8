using System;
using System.Runtime.CompilerServices;
using System.Threading;
using FlowTest.Diagnostics;

namespace FlowTest.Recording;

/// <summary>
/// The process-wide recorder behind <see cref="Flow"/>: created on first use from the environment
/// and configuration, ended when the process exits. If anything about starting fails, recording is
/// off for the process and one warning says why.
/// </summary>
internal static class FlowRuntime
{
    private static readonly object Gate = new();
    private static RecorderHost? s_host;
    private static FlowRecorder? s_recorder;
    private static int s_initialized;
    private static volatile bool s_digestWhileWriting;

    /// <summary>The recorder, or <see langword="null"/> while recording is off.</summary>
    /// <remarks>On every API call: two field reads once initialized, small enough to inline.</remarks>
    public static FlowRecorder? Recorder
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            if (Volatile.Read(ref s_initialized) == 0)
            {
                Initialize();
            }

            return Volatile.Read(ref s_recorder);
        }
    }

    public static string? RunDirectory
    {
        get
        {
            _ = Recorder;
            return s_host?.RunDirectory;
        }
    }

    /// <summary>
    /// Asks the recorder, when it starts, to digest the trace while writing it (a test host, whose
    /// run ends on the runner's critical path). Only has an effect before the recorder starts.
    /// </summary>
    public static void PreferDigestWhileWriting() => s_digestWhileWriting = true;

    public static void ReportInternalError(Exception error) =>
        WarningReporter.Console.Report(RuntimeWarning.InternalError, "internal error, recording continues where it can: " + error.GetType().Name + ": " + error.Message);

    /// <summary>Ends the run for this process: flush, leave the run, finalize if last. Idempotent.</summary>
    public static void Shutdown()
    {
        RecorderHost? host;
        lock (Gate)
        {
            host = s_host;
            s_host = null;
            Volatile.Write(ref s_recorder, null);
        }

        host?.Dispose();
    }

    private static void Initialize()
    {
        lock (Gate)
        {
            if (s_initialized != 0)
            {
                return;
            }

            try
            {
                s_host = RecorderHost.StartFromEnvironment(WarningReporter.Console, s_digestWhileWriting);
                if (s_host is not null)
                {
                    Volatile.Write(ref s_recorder, s_host.Recorder);
                    AppDomain.CurrentDomain.ProcessExit += (_, _) => Shutdown();
                }
            }
            catch (Exception error)
            {
                WarningReporter.Console.Report(RuntimeWarning.InternalError, "recording is off for this process: " + error.GetType().Name + ": " + error.Message);
                s_host = null;
            }
            finally
            {
                Volatile.Write(ref s_initialized, 1);
            }
        }
    }
}
