using System.Globalization;
using System.Text;

namespace FlowTest.Ci;

/// <summary>
/// GitHub Actions workflow commands (<c>::error file=…,line=…,title=…::message</c>) with GitHub's
/// escaping: <c>%</c>, CR and LF in the message; additionally <c>:</c> and <c>,</c> in properties.
/// </summary>
internal static class GitHubWorkflowCommands
{
    public static string Error(CiAnnotation annotation)
    {
        var command = new StringBuilder("::error ");
        var first = true;
        AppendProperty(command, "file", annotation.File, ref first);
        AppendProperty(command, "line", annotation.Line is { } line and > 0 ? line.ToString(CultureInfo.InvariantCulture) : null, ref first);
        AppendProperty(command, "title", annotation.Title, ref first);
        return command.Append("::").Append(EscapeData(annotation.Message)).ToString();
    }

    public static string EscapeData(string value) =>
        value.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    public static string EscapeProperty(string value) =>
        EscapeData(value).Replace(":", "%3A").Replace(",", "%2C");

    private static void AppendProperty(StringBuilder command, string name, string? value, ref bool first)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        if (!first)
        {
            command.Append(',');
        }

        command.Append(name).Append('=').Append(EscapeProperty(value!));
        first = false;
    }
}
