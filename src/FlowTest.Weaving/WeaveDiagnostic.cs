namespace FlowTest.Weaving;

/// <summary>A weaving problem with its code (<c>FT0001</c>…) and the source location of the offending member.</summary>
public sealed class WeaveDiagnostic
{
    /// <summary>Creates a diagnostic.</summary>
    public WeaveDiagnostic(string code, WeaveDiagnosticSeverity severity, string message, string? file = null, int line = 0, int column = 0)
    {
        Code = code;
        Severity = severity;
        Message = message;
        File = file;
        Line = line;
        Column = column;
    }

    /// <summary>The diagnostic code, e.g. <c>FT0001</c>.</summary>
    public string Code { get; }

    /// <summary>Warning or error.</summary>
    public WeaveDiagnosticSeverity Severity { get; }

    /// <summary>What is wrong and what to do about it, in one sentence or two.</summary>
    public string Message { get; }

    /// <summary>The source file of the offending member (from the PDB), or null when unknown.</summary>
    public string? File { get; }

    /// <summary>The 1-based source line, or 0 when unknown.</summary>
    public int Line { get; }

    /// <summary>The 1-based source column, or 0 when unknown.</summary>
    public int Column { get; }
}
