using System;

namespace FlowTest.Ci;

/// <summary>Which CI system runs us and where it wants the step summary.</summary>
internal sealed record CiEnvironment(CiProvider Provider, string? StepSummaryPath)
{
    public static CiEnvironment Detect(Func<string, string?> getVariable)
    {
        if (string.Equals(getVariable("GITHUB_ACTIONS"), "true", StringComparison.OrdinalIgnoreCase))
        {
            var summary = getVariable("GITHUB_STEP_SUMMARY");
            return new CiEnvironment(CiProvider.GitHubActions, string.IsNullOrWhiteSpace(summary) ? null : summary);
        }

        return string.Equals(getVariable("TF_BUILD"), "true", StringComparison.OrdinalIgnoreCase)
            ? new CiEnvironment(CiProvider.AzurePipelines, null)
            : new CiEnvironment(CiProvider.None, null);
    }
}
