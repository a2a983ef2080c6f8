using System;
using System.Collections.Generic;
using FlowTest.Adapters;
using NUnit.Framework;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;

namespace FlowTest.NUnit;

/// <summary>
/// Records every NUnit test and test case as a flow. The FlowTest.NUnit package applies it to the
/// test assembly for you (<c>[assembly: FlowTest.NUnit.FlowTestAction]</c>); set
/// <c>FlowTestRegisterAdapter=false</c> to opt out.
/// </summary>
/// <remarks>
/// Declared on the assembly, NUnit runs this action outside each test's <c>[SetUp]</c> and
/// <c>[TearDown]</c> (actions inherited from an enclosing suite wrap the set-up command), so both
/// are inside the test's flow. On the assembly suite itself it agrees on the run before the first
/// fixture and writes everything after the last one, before the runner may end the process.
/// </remarks>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
public sealed class FlowTestActionAttribute : Attribute, ITestAction, IApplyToTest
{
    // Tests sized up front, at most: beyond it the dictionary grows as usual.
    private const int MaxPresizedTests = 100_000;

    private readonly object _gate = new();

    // Every test started, by id: its flow while it runs, null once it ended (the keys find the tests NUnit never ran).
    // A dictionary under a lock rather than a ConcurrentDictionary: that costs a 48-byte node per test
    // (kept for the whole run) and its table's growth on top, on the test's thread; this, one 24-byte
    // entry, in a table sized for the assembly's tests before the first one starts (no growth either).
    private Dictionary<string, FlowScope?> _tests = new(StringComparer.Ordinal);

    /// <summary>Each test, plus the assembly suite the attribute is declared on.</summary>
    public ActionTargets Targets => ActionTargets.Test | ActionTargets.Suite;

    /// <summary>
    /// Called by NUnit while it builds the assembly's tests, long before the first one runs: FlowTest
    /// rehearses its recording in memory meanwhile, on a thread of its own, so that the run's start
    /// and end do not pay for loading its code. Changes nothing about the test.
    /// </summary>
    public void ApplyToTest(Test test) => TestHostLifetime.Prepare(TestSources.NUnit);

    /// <summary>Starts the test's flow (before its SetUp), or prepares the run for the assembly.</summary>
    public void BeforeTest(ITest test)
    {
        if (test.IsSuite)
        {
            TestHostLifetime.BeginAssembly();
            EscapingExceptions.Install();
            SizeFor(test.TestCaseCount);
            return;
        }

        var flow = TestFlows.Start(TestSources.NUnit, NUnitTestIdentity.Of(test));
        lock (_gate)
        {
            _tests[test.Id] = flow;
        }
    }

    /// <summary>Ends the test's flow with its result (after its TearDown), or leaves the run after the assembly.</summary>
    public void AfterTest(ITest test)
    {
        if (test.IsSuite)
        {
            NotRunTests.Record(TestExecutionContext.CurrentContext.CurrentResult, HasStarted);
            TestHostLifetime.EndAssembly();
            return;
        }

        FlowScope? flow;
        lock (_gate)
        {
            // Ended once, whoever calls first.
            if (!_tests.TryGetValue(test.Id, out flow) || flow is null)
            {
                return;
            }

            _tests[test.Id] = null;
        }

        var result = TestExecutionContext.CurrentContext.CurrentResult;
        var report = NUnitResults.Report(result);
        if (EscapingExceptions.Take(flow, report.ExceptionType) is { } escaped && report.Outcome == TestOutcome.Failed && !report.IsAssertionFailure)
        {
            report = report with { Exception = escaped };
        }

        TestFlows.Finish(flow, report);
        if (report.Outcome == TestOutcome.Failed && TraceExcerpt.Write(flow) is { } excerpt)
        {
            TestContext.AddTestAttachment(excerpt, "FlowTest trace excerpt of this test's flow");
        }
    }

    private bool HasStarted(string id)
    {
        lock (_gate)
        {
            return _tests.ContainsKey(id);
        }
    }

    private void SizeFor(int testCount)
    {
        lock (_gate)
        {
            if (_tests.Count == 0 && testCount > 0)
            {
                _tests = new Dictionary<string, FlowScope?>(Math.Min(testCount, MaxPresizedTests), StringComparer.Ordinal);
            }
        }
    }
}
