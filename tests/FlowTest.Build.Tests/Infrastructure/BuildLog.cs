using System.Text.RegularExpressions;

namespace FlowTest.Build.Tests.Infrastructure;

/// <summary>Reads a detailed-verbosity MSBuild file log to tell which targets really did their work.</summary>
internal sealed class BuildLog
{
    public BuildLog(string text)
    {
        Text = text;
    }

    public string Text { get; }

    /// <summary>How many times <paramref name="target"/> started and was not skipped as up to date.</summary>
    public int ExecutionsOf(string target) =>
        Count($"Target \"{target}\" in file") - Count($"Skipping target \"{target}\" because");

    /// <summary>Whether <paramref name="target"/> was entered and then skipped because its outputs were up to date.</summary>
    public bool SkippedAsUpToDate(string target) => Count($"Skipping target \"{target}\" because") > 0;

    /// <summary>Whether <paramref name="target"/> was never entered (a false condition is not logged at detailed verbosity).</summary>
    public bool NeverEntered(string target) => Count($"Target \"{target}\" in file") == 0;

    private int Count(string fragment) => Regex.Matches(Text, Regex.Escape(fragment), RegexOptions.CultureInvariant).Count;
}
