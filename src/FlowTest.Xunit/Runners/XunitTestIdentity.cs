using System;
using System.Collections.Generic;
using System.Reflection;
using FlowTest.Adapters;
using Xunit.Abstractions;

namespace FlowTest.Xunit.Runners;

/// <summary>Reads a <see cref="TestIdentity"/> from xUnit's view of one test.</summary>
internal static class XunitTestIdentity
{
    public static TestIdentity Of(ITest test, Type testClass, MethodInfo testMethod, object[]? arguments)
    {
        return new TestIdentity
        {
            ClassName = testClass.FullName ?? testClass.Name,
            MethodName = testMethod.Name,
            DisplayName = test.DisplayName,
            TestCaseId = test.TestCase.UniqueID,
            AssemblyName = TestAssemblyNames.Of(testClass.Assembly),
            TargetFramework = TargetFrameworkNames.Of(testClass.Assembly),
            Traits = Traits(test.TestCase.Traits),
            Arguments = TestArguments.Named(testMethod, arguments),
        };
    }

    private static IReadOnlyList<KeyValuePair<string, string>> Traits(Dictionary<string, List<string>>? byName)
    {
        if (byName is null || byName.Count == 0)
        {
            return Array.Empty<KeyValuePair<string, string>>();
        }

        var traits = new List<KeyValuePair<string, string>>();
        foreach (var trait in byName)
        {
            foreach (var value in trait.Value)
            {
                traits.Add(new KeyValuePair<string, string>(trait.Key, value));
            }
        }

        return traits;
    }
}
