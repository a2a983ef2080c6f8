namespace FlowTest.Cli.Diff;

/// <summary>What a diff needs of one flow name in one run.</summary>
internal sealed record FlowProfile(string Name, long Count, bool Failing, double? P50Ms, string? FailureText);
