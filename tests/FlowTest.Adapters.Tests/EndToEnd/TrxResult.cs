using System.Collections.Generic;

namespace FlowTest.Adapters.Tests.EndToEnd;

/// <summary>One test result as the TRX logger wrote it.</summary>
internal sealed record TrxResult(string TestName, string Outcome, IReadOnlyList<string> ResultFiles)
{
    /// <summary>The flow verdicts this TRX outcome allows.</summary>
    public IReadOnlyList<string> Verdicts => Outcome switch
    {
        "Passed" => new[] { "success" },
        "Failed" => new[] { "failure", "exception" },
        _ => new[] { "skipped" },
    };
}
