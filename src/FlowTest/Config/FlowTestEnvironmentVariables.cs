namespace FlowTest.Config;

/// <summary>The environment variables of SPEC §8, in one place.</summary>
internal static class FlowTestEnvironmentVariables
{
    /// <summary><c>0|1|true|false</c>: overrides <c>enabled</c>.</summary>
    public const string Enabled = "FLOWTEST_ENABLED";

    /// <summary>A profile name defined in flowtest.yaml (or the built-in <c>all</c>).</summary>
    public const string Profile = "FLOWTEST_PROFILE";

    /// <summary>Comma-separated flow globs added to <c>filters.include_flows</c>.</summary>
    public const string Include = "FLOWTEST_INCLUDE";

    /// <summary>Comma-separated flow globs added to <c>filters.exclude_flows</c>.</summary>
    public const string Exclude = "FLOWTEST_EXCLUDE";

    /// <summary>Comma-separated tags added to <c>filters.include_tags</c>.</summary>
    public const string Tags = "FLOWTEST_TAGS";

    /// <summary>A whole number: overrides <c>artifacts.trace_tail_events</c>.</summary>
    public const string TraceTail = "FLOWTEST_TRACE_TAIL";

    /// <summary>The run id shared by every process of one test run (SPEC §7).</summary>
    public const string RunId = "FLOWTEST_RUN_ID";

    /// <summary>The artifacts root, instead of <c>.flowtest/</c> at the repository root (SPEC §7).</summary>
    public const string Artifacts = "FLOWTEST_ARTIFACTS";

    /// <summary>Names who started the run (<c>ci</c>, <c>agent</c>, ...) instead of detecting it (SPEC §8).</summary>
    public const string Caller = "FLOWTEST_CALLER";
}
