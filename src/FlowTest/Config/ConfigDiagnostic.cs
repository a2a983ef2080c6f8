using System.Globalization;

namespace FlowTest.Config;

/// <summary>
/// One problem found in <c>flowtest.yaml</c>, <c>flows.yaml</c> or the environment overrides.
/// <see cref="Line"/> and <see cref="Column"/> are 1-based; 0 means "no position" (a missing file,
/// an environment variable). <see cref="Key"/> is the dotted path of the offending key, e.g.
/// <c>privacy.payload_limit</c> or <c>flows[2].parent</c>; for environment problems it is the
/// variable name.
/// </summary>
internal sealed record ConfigDiagnostic(
    ConfigDiagnosticSeverity Severity,
    string Code,
    string File,
    int Line,
    int Column,
    string Key,
    string Message)
{
    /// <summary>The <see cref="File"/> of diagnostics about environment variables.</summary>
    public const string EnvironmentOrigin = "environment";

    public bool IsError => Severity == ConfigDiagnosticSeverity.Error;

    /// <summary>
    /// The MSBuild / compiler format, so IDEs and CI logs turn it into a clickable location:
    /// <c>path/flowtest.yaml(12,3): warning FT1001: unknown key 'privcy' (did you mean 'privacy'?)</c>.
    /// </summary>
    public override string ToString()
    {
        var category = Severity == ConfigDiagnosticSeverity.Error ? "error" : "warning";
        var origin = Line > 0
            ? string.Format(CultureInfo.InvariantCulture, "{0}({1},{2})", File, Line, Column)
            : File;
        return origin + ": " + category + " " + Code + ": " + Message;
    }
}
