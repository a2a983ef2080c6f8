namespace FlowTest.Benchmarks.Infrastructure;

/// <summary>The test frameworks FlowTest has adapters for.</summary>
internal enum TestFramework
{
    Xunit,
    NUnit,
}
