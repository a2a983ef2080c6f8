namespace FlowTest;

/// <summary>How serious a recorded failure is.</summary>
public enum FailureSeverity
{
    /// <summary>Worth a look; the flow may still be usable.</summary>
    Warn = 2,

    /// <summary>The flow did not do its job (the default).</summary>
    Error = 3,

    /// <summary>The failure endangers the whole run.</summary>
    Critical = 4,
}
