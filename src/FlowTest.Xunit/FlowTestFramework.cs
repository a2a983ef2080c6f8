using System.Reflection;
using FlowTest.Adapters;
using FlowTest.Xunit.Runners;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace FlowTest.Xunit;

/// <summary>
/// The xUnit v2 test framework that records every test as a flow. The FlowTest.Xunit package
/// registers it for you (<c>[assembly: TestFramework("FlowTest.Xunit.FlowTestFramework", "FlowTest.Xunit")]</c>);
/// set <c>FlowTestRegisterAdapter=false</c> to opt out.
/// </summary>
/// <remarks>
/// xUnit allows one test framework per assembly. If you already have your own framework derived
/// from <see cref="XunitTestFramework"/>, derive it from this class instead and keep your
/// <c>TestFramework</c> attribute: tests are recorded as long as <see cref="CreateExecutor"/>
/// returns the executor this class creates.
/// </remarks>
public class FlowTestFramework : XunitTestFramework
{
    /// <summary>Called by xUnit with its diagnostic sink, before it discovers the tests.</summary>
    /// <remarks>FlowTest starts rehearsing its recording in memory here, on a thread of its own, so the run's start and end do not pay for loading its code.</remarks>
    public FlowTestFramework(IMessageSink messageSink)
        : base(messageSink)
    {
        TestHostLifetime.Prepare(TestSources.Xunit);
    }

    /// <summary>Creates the executor whose runners start a flow around each test.</summary>
    protected override ITestFrameworkExecutor CreateExecutor(AssemblyName assemblyName) =>
        new FlowTestFrameworkExecutor(assemblyName, SourceInformationProvider, DiagnosticMessageSink);
}
