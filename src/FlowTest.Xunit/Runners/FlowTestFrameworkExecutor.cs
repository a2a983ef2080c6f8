using System.Collections.Generic;
using System.Reflection;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace FlowTest.Xunit.Runners;

/// <summary>Runs the assembly with <see cref="FlowTestAssemblyRunner"/> instead of xUnit's own.</summary>
internal sealed class FlowTestFrameworkExecutor : XunitTestFrameworkExecutor
{
    public FlowTestFrameworkExecutor(AssemblyName assemblyName, ISourceInformationProvider sourceInformationProvider, IMessageSink diagnosticMessageSink)
        : base(assemblyName, sourceInformationProvider, diagnosticMessageSink)
    {
    }

    // async void is xUnit's contract here: completion is signalled by the assembly-finished message.
    protected override async void RunTestCases(IEnumerable<IXunitTestCase> testCases, IMessageSink executionMessageSink, ITestFrameworkExecutionOptions executionOptions)
    {
        using var assemblyRunner = new FlowTestAssemblyRunner(TestAssembly, testCases, DiagnosticMessageSink, executionMessageSink, executionOptions);
        await assemblyRunner.RunAsync();
    }
}
