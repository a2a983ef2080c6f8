using System;

namespace FlowTest.Ci;

/// <summary>
/// Which CI system runs us, where it wants the step summary, and — under <c>dotnet test</c> with
/// FlowTest's VSTest logger — the hand-off file that logger reads (see <see cref="CiLogHandoff"/>).
/// </summary>
internal sealed record CiEnvironment(CiProvider Provider, string? StepSummaryPath, string? LoggerHandoffPath = null)
{
    public static CiEnvironment Detect(Func<string, string?> getVariable)
    {
        var handoff = getVariable(CiLogHandoff.VariableName);
        handoff = string.IsNullOrWhiteSpace(handoff) ? null : handoff;
        if (string.Equals(getVariable("GITHUB_ACTIONS"), "true", StringComparison.OrdinalIgnoreCase))
        {
            var summary = getVariable("GITHUB_STEP_SUMMARY");
            return new CiEnvironment(CiProvider.GitHubActions, string.IsNullOrWhiteSpace(summary) ? null : summary, handoff);
        }

        return string.Equals(getVariable("TF_BUILD"), "true", StringComparison.OrdinalIgnoreCase)
            ? new CiEnvironment(CiProvider.AzurePipelines, null, handoff)
            : new CiEnvironment(CiProvider.None, null);
    }
}
