using System;
using System.Collections.Generic;
using System.IO;
using FlowTest.Ci;
using Microsoft.VisualStudio.TestPlatform.ObjectModel;
using Microsoft.VisualStudio.TestPlatform.ObjectModel.Client;

namespace FlowTest.TestLogger;

/// <summary>
/// Prints a FlowTest run's CI lines (GitHub <c>::error</c> annotations, Azure <c>##vso[…]</c>
/// commands, the run directory) into the <c>dotnet test</c> log. VSTest drops a test host's stdout,
/// so the host that finalizes the run hands the lines over to this logger, which runs in
/// vstest.console. Enabled by the FlowTest.Xunit/FlowTest.NUnit build files on GitHub Actions and
/// Azure Pipelines, or explicitly with <c>dotnet test --logger flowtest</c>. Never fails a test run.
/// </summary>
[FriendlyName(FriendlyName)]
[ExtensionUri(ExtensionUri)]
public sealed class FlowTestLogger : ITestLoggerWithParameters
{
    /// <summary>The name for <c>--logger</c> and runsettings.</summary>
    public const string FriendlyName = "flowtest";

    /// <summary>The logger's VSTest extension URI.</summary>
    public const string ExtensionUri = "logger://flowtest/ci/v1";

    private readonly TextWriter? _output;
    private string? _handoffPath;

    /// <summary>Creates the logger VSTest instantiates; it prints to the console (vstest.console's stdout).</summary>
    public FlowTestLogger()
    {
    }

    internal FlowTestLogger(TextWriter output) => _output = output;

    private TextWriter Output => _output ?? Console.Out;

    /// <inheritdoc />
    public void Initialize(TestLoggerEvents events, string testRunDirectory) => Initialize(events, new Dictionary<string, string?>());

    /// <inheritdoc />
    public void Initialize(TestLoggerEvents events, Dictionary<string, string?> parameters)
    {
        try
        {
            // Loggers are initialized before vstest.console starts the test hosts, which inherit its
            // environment: this is how they learn that a logger will print for them, and where to hand off.
            _handoffPath = Path.Combine(Path.GetTempPath(), "flowtest-ci-" + Guid.NewGuid().ToString("N") + ".txt");
            Environment.SetEnvironmentVariable(CiLogHandoff.VariableName, _handoffPath);
            events.TestRunComplete += (_, _) => PrintRunLines();
        }
        catch (Exception error)
        {
            Warn(error);
        }
    }

    /// <summary>Prints the lines of the run this vstest.console's hosts finalized, if any. Never throws.</summary>
    internal void PrintRunLines()
    {
        try
        {
            if (_handoffPath is null)
            {
                return;
            }

            var lines = CiLogClaim.Take(_handoffPath);
            foreach (var line in lines)
            {
                Output.WriteLine(line);
            }

            Output.Flush();
        }
        catch (Exception error)
        {
            Warn(error);
        }
    }

    internal string? HandoffPath => _handoffPath;

    private void Warn(Exception error)
    {
        try
        {
            Output.WriteLine("FlowTest: the run's CI annotations could not be printed (" + error.GetType().Name + ": " + error.Message + "); the run directory still has them in " + CiLogHandoff.LinesFileName + ".");
        }
        catch (Exception)
        {
            // Telemetry never fails a test run, not even through a broken console.
        }
    }
}
