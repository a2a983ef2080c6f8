namespace FlowTest.Diagnostics;

/// <summary>Codes of the warnings the runtime prints (FT2xxx). Weaving uses FT0xxx, configuration FT1xxx.</summary>
internal static class RuntimeWarning
{
    /// <summary>The artifacts root could not be created or written; nothing is recorded to disk.</summary>
    public const string ArtifactsUnusable = "FT2001";

    /// <summary>Writing the trace failed (disk full, directory gone); later events are counted as dropped.</summary>
    public const string TraceWriteFailed = "FT2002";

    /// <summary>FLOWTEST_RUN_ID was unusable and was sanitized or replaced.</summary>
    public const string RunIdSanitized = "FT2003";

    /// <summary>A flush did not complete in time.</summary>
    public const string FlushTimedOut = "FT2004";

    /// <summary>Ending the run (run.json, summary.md, ask.md, latest) failed.</summary>
    public const string RunFinalizeFailed = "FT2005";

    /// <summary>Evidence could not be captured and was left out.</summary>
    public const string EvidenceFailed = "FT2006";

    /// <summary>An unexpected internal error; recording degrades, the program goes on.</summary>
    public const string InternalError = "FT2007";

    /// <summary>Events arrived after this process left the run (a thread still logging at exit); they were not written.</summary>
    public const string EventsAfterRunEnded = "FT2008";
}
