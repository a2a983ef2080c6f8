using System.Collections.Generic;
using System.Linq;
using FlowTest.Adapters;
using NUnit.Framework.Interfaces;

namespace FlowTest.NUnit;

/// <summary>Reads a <see cref="TestIdentity"/> from NUnit's view of one test case.</summary>
internal static class NUnitTestIdentity
{
    private const string CategoryProperty = "Category";

    public static TestIdentity Of(ITest test)
    {
        var type = test.TypeInfo?.Type;
        var parameters = test.Method?.MethodInfo.GetParameters() ?? new System.Reflection.ParameterInfo[0];
        return new TestIdentity
        {
            ClassName = test.ClassName ?? type?.FullName ?? "",
            MethodName = test.MethodName ?? test.Name,
            DisplayName = test.Name,
            TestCaseId = test.Id,
            AssemblyName = type?.Assembly.GetName().Name ?? "",
            TargetFramework = type is null ? "" : TargetFrameworkNames.Of(type.Assembly),
            Traits = Categories(test),
            Arguments = TestArguments.Named(parameters, test.Arguments),
        };
    }

    /// <summary>Categories of the test and of every suite above it, as NUnit's VSTest adapter reports them.</summary>
    private static IReadOnlyList<KeyValuePair<string, string>> Categories(ITest test)
    {
        var traits = new List<KeyValuePair<string, string>>();
        for (var node = test; node is not null; node = node.Parent)
        {
            foreach (var value in node.Properties[CategoryProperty].OfType<string>())
            {
                traits.Add(new KeyValuePair<string, string>(CategoryProperty, value));
            }
        }

        return traits;
    }
}
