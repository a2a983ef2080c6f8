#if !NET7_0_OR_GREATER
using System;
using System.Threading;
using FlowTest.Config;
#endif
using FlowTest.Privacy;

namespace FlowTest.Adapters;

/// <summary>
/// On .NET Standard, gets the privacy redaction's regular expressions compiled and run once on a
/// thread-pool thread while the test host agrees on the run. The recorder's start redacts the command
/// line with them just before the first test; compiling them there (tens of ms of CPU in every test
/// host) would delay that test. The warm-up redacts the same text and throws the result away. On
/// .NET 8 and later the expressions are source-generated and precompiled (<see cref="PrivacyPatterns"/>):
/// there is nothing to warm up.
/// </summary>
internal static class RedactionWarmUp
{
#if NET7_0_OR_GREATER
    public static void Start()
    {
    }
#else
    public static void Start() => ThreadPool.QueueUserWorkItem(_ => Run());

    private static void Run()
    {
        try
        {
            _ = new PrivacyPolicy(new PrivacyConfig()).RedactText(Environment.CommandLine);
        }
        catch (Exception)
        {
            // Only a warm-up: the recorder redacts (and reports problems) for real when it starts.
        }
    }
#endif
}
