using System;
using System.Collections.Generic;

namespace FlowTest.Ci;

/// <summary>
/// How a finished run's CI lines reach the CI log under <c>dotnet test</c>, where a test host's
/// stdout is swallowed by VSTest. FlowTest's VSTest logger (in vstest.console, whose stdout is the
/// log) names a hand-off file in <see cref="VariableName"/> before the test hosts start; the host
/// that finalizes the run writes the run directory there instead of printing; the logger then
/// prints the run's <see cref="LinesFileName"/> lines that no logger has printed yet.
/// Compiled into FlowTest and FlowTest.TestLogger (linked source), so both sides agree.
/// </summary>
internal static class CiLogHandoff
{
    /// <summary>Set by the logger in vstest.console; inherited by the test hosts it starts.</summary>
    public const string VariableName = "FLOWTEST_CI_LOG_HANDOFF";

    /// <summary>The exact lines for the CI log, one per line, written by the finalizing process into the run directory.</summary>
    public const string LinesFileName = "ci-log.txt";

    /// <summary>Lines already printed by a logger (several test projects may share one run); also the claim lock.</summary>
    public const string PrintedFileName = ".ci-log-printed";

    /// <summary>
    /// The lines of <paramref name="lines"/> not in <paramref name="printed"/>, in order, each once. A run
    /// finalized again after a later test project joined it brings new failures; the rest were printed.
    /// </summary>
    public static IReadOnlyList<string> Unprinted(IEnumerable<string> lines, IEnumerable<string> printed)
    {
        var seen = new HashSet<string>(printed, StringComparer.Ordinal);
        var result = new List<string>();
        foreach (var line in lines)
        {
            if (line.Length > 0 && seen.Add(line))
            {
                result.Add(line);
            }
        }

        return result;
    }
}
