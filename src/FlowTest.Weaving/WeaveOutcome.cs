namespace FlowTest.Weaving;

/// <summary>What a weave did to the assembly.</summary>
public enum WeaveOutcome
{
    /// <summary>At least one method was woven and the assembly was rewritten.</summary>
    Woven,

    /// <summary>The assembly carries FlowTest's marker from an earlier weave; nothing was changed.</summary>
    AlreadyWoven,

    /// <summary>No method is marked for weaving; the assembly was left untouched.</summary>
    NothingToWeave,

    /// <summary>An error stopped the weave; the assembly was left untouched. See the diagnostics.</summary>
    Failed,
}
