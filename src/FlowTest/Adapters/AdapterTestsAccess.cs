using System.Runtime.CompilerServices;

// The adapters' own tests exercise the shared adapter logic (naming, verdicts, run-id agreement) directly.
[assembly: InternalsVisibleTo("FlowTest.Adapters.Tests")]
