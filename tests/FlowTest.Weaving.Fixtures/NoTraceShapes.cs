using System;
using System.Runtime.InteropServices;

namespace FlowTest.Weaving.Fixtures;

/// <summary>Members that must not be woven (and produce coded diagnostics where marked [Flow]).</summary>
public static class NoTraceShapes
{
    [Flow]
    [NoTrace]
    public static void Skipped() => Console.WriteLine("skipped ran");

    [Flow]
    [DllImport("libc", EntryPoint = "getpid")]
    public static extern int ExternPid();
}
