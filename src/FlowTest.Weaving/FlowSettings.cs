namespace FlowTest.Weaving;

/// <summary>What a <c>[Flow]</c> attribute asks for one method, plus what the build knows about it.</summary>
internal sealed class FlowSettings
{
    public FlowSettings(string name, string? tags, bool captureArguments, bool captureReturnValue, bool exitCode)
    {
        Name = name;
        Tags = tags;
        CaptureArguments = captureArguments;
        CaptureReturnValue = captureReturnValue;
        ExitCode = exitCode;
    }

    /// <summary>The flow name: the attribute's, or <c>TypeName/MethodName</c>.</summary>
    public string Name { get; }

    /// <summary>Tags joined with <c>\n</c>, or null.</summary>
    public string? Tags { get; }

    public bool CaptureArguments { get; }

    public bool CaptureReturnValue { get; }

    public bool ExitCode { get; }

    /// <summary>Source file baked into events (repo-relative where possible), or null without symbols.</summary>
    public string? File { get; set; }

    /// <summary>Line of the method's first sequence point, or 0.</summary>
    public int Line { get; set; }

    /// <summary>The method name as written in events.</summary>
    public string Member { get; set; } = "";
}
