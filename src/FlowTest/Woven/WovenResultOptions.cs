using System;
using System.ComponentModel;

namespace FlowTest.Woven;

/// <summary>How woven code asks <see cref="WovenFlow.End{T}"/> to judge a return value. Called by woven code; not for direct use.</summary>
[Flags]
[EditorBrowsable(EditorBrowsableState.Never)]
public enum WovenResultOptions
{
    /// <summary>The verdict comes from the result object's shape (SPEC §4), else success.</summary>
    None = 0,

    /// <summary>An <see cref="int"/> result is a process exit code: 0 is success, anything else a failure.</summary>
    ExitCode = 1,

    /// <summary>The result is recorded as a <c>return</c> checkpoint before the flow ends.</summary>
    CaptureReturnValue = 2,
}
