namespace FlowTest.Cli.Commands;

/// <summary>The process exit codes of <c>flowtest</c> (documented in docs/cli.md).</summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Success = 0;

    /// <summary>
    /// The command worked and found a problem it was asked to gate on: invalid configuration
    /// (<c>validate</c>), new failures (<c>diff --fail-on-new-failures</c>).
    /// </summary>
    public const int Findings = 1;

    /// <summary>Bad usage: unknown command, flag, run, flow or format; missing artifacts root.</summary>
    public const int Usage = 2;

    /// <summary>An I/O problem outside the user's control (disk, permissions).</summary>
    public const int IoError = 3;
}
