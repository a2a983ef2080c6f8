using System;
using System.Threading;
using FlowTest.Config;
using FlowTest.Privacy;

namespace FlowTest.Adapters;

/// <summary>
/// Gets the privacy redaction's compiled regular expressions built and run once on a thread-pool
/// thread while the test host agrees on the run. The recorder's start redacts the command line with
/// them just before the first test; building and compiling them there (tens of ms of CPU in every test
/// host) would delay that test. The warm-up redacts the same text and throws the result away.
/// </summary>
internal static class RedactionWarmUp
{
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
}
