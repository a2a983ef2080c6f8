using FlowTest.Artifacts.Rendering;

namespace FlowTest.Runs;

/// <summary>What a run's finalization writes, composed before anything is written (<see cref="RunFinalizer.Compose"/>).</summary>
/// <param name="Manifest">The final run.json.</param>
/// <param name="Header">What summary.md and ask.md say about the run, with the files' paths.</param>
/// <param name="Summary">summary.md, or null when it is not written.</param>
/// <param name="Ask">ask.md, or null when it is not written.</param>
internal sealed record RunEndFiles(RunManifest Manifest, RunHeader Header, string? Summary, string? Ask);
