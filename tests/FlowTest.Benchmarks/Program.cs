using BenchmarkDotNet.Running;
using FlowTest.Benchmarks.Infrastructure;

namespace FlowTest.Benchmarks;

/// <summary>
/// BenchmarkDotNet's switcher: <c>dotnet run -c Release --project tests/FlowTest.Benchmarks -- --filter '*'</c>
/// runs everything; without arguments it asks which classes to run.
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        // Each benchmark process leaves its calling-thread figure in a file; stale ones would be misread.
        CallingThreadAllocations.DeleteResults();
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
