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
        var traits = new List<KeyValuePair<string, string>>();
        foreach (var trait in test.TestCase.Traits ?? new Dictionary<string, List<string>>())
        {
            foreach (var value in trait.Value)
            {
                traits.Add(new KeyValuePair<string, string>(trait.Key, value));
            }
        }

        return new TestIdentity
        {
            ClassName = testClass.FullName ?? testClass.Name,
            MethodName = testMethod.Name,
            DisplayName = test.DisplayName,
            TestCaseId = test.TestCase.UniqueID,
            AssemblyName = testClass.Assembly.GetName().Name ?? "",
            TargetFramework = TargetFrameworkNames.Of(testClass.Assembly),
            Traits = traits,
            Arguments = TestArguments.Named(testMethod.GetParameters(), arguments),
        };
    }
}
