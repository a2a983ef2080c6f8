using System.Globalization;
using System.Text;

namespace FlowTest.Ci;

/// <summary>
/// Azure Pipelines logging commands (<c>##vso[…]</c>) with the agent's escaping: <c>%</c> as
/// <c>%AZP25</c>, CR and LF in data; additionally <c>;</c> and <c>]</c> in properties.
/// </summary>
internal static class AzurePipelinesCommands
{
    public static string LogError(CiAnnotation annotation)
    {
        var command = new StringBuilder("##vso[task.logissue type=error");
        if (!string.IsNullOrEmpty(annotation.File))
        {
            command.Append(";sourcepath=").Append(EscapeProperty(annotation.File!));
        }

        if (annotation.Line is { } line and > 0)
        {
            command.Append(";linenumber=").Append(line.ToString(CultureInfo.InvariantCulture));
        }

        return command.Append(']').Append(EscapeData(annotation.Title + ": " + annotation.Message)).ToString();
    }

    public static string UploadSummary(string summaryPath) => "##vso[task.uploadsummary]" + EscapeData(summaryPath);

    public static string UploadArtifact(string runId, string runDirectory) =>
        "##vso[artifact.upload containerfolder=flowtest;artifactname=" + EscapeProperty("flowtest-" + runId) + "]" + EscapeData(runDirectory);

    public static string EscapeData(string value) =>
        value.Replace("%", "%AZP25").Replace("\r", "%0D").Replace("\n", "%0A");

    public static string EscapeProperty(string value) =>
        EscapeData(value).Replace(";", "%3B").Replace("]", "%5D");
}
