using System;
using FlowTest.Adapters;
using NUnit.Framework.Interfaces;

namespace FlowTest.NUnit;

/// <summary>
/// Tests NUnit reports without running them (ignored, skipped, not runnable) get no action calls.
/// After the assembly, their results are in the result tree: each becomes a flow that starts and
/// ends at once. Tests a filter excluded are not in the tree, so they get no flow either.
/// </summary>
internal static class NotRunTests
{
    public static int Record(ITestResult assemblyResult, Func<string, bool> hasStarted)
    {
        var recorded = 0;
        Visit(assemblyResult, hasStarted, ref recorded);
        return recorded;
    }

    private static void Visit(ITestResult result, Func<string, bool> hasStarted, ref int recorded)
    {
        if (!result.Test.IsSuite)
        {
            if (!hasStarted(result.Test.Id))
            {
                var flow = TestFlows.Start(TestSources.NUnit, NUnitTestIdentity.Of(result.Test));
                TestFlows.Finish(flow, NUnitResults.Report(result));
                recorded++;
            }

            return;
        }

        foreach (var child in result.Children)
        {
            Visit(child, hasStarted, ref recorded);
        }
    }
}
