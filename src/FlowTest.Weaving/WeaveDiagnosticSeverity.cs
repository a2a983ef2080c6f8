namespace FlowTest.Weaving;

/// <summary>How a weave diagnostic is reported to MSBuild.</summary>
public enum WeaveDiagnosticSeverity
{
    /// <summary>Reported as an MSBuild warning.</summary>
    Warning,

    /// <summary>Reported as an MSBuild error; the build fails.</summary>
    Error,
}
