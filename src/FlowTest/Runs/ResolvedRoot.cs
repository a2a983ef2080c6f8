namespace FlowTest.Runs;

/// <summary>The artifacts root, the repository root if one was found, and why this root was chosen.</summary>
internal sealed record ResolvedRoot(string Path, string? RepositoryRoot, string Reason);
