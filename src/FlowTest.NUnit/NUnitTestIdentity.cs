using FlowTest.Adapters;
using NUnit.Framework.Interfaces;

namespace FlowTest.NUnit;

/// <summary>Reads a <see cref="TestIdentity"/> from NUnit's view of one test case.</summary>
/// <remarks>
/// Runs on the test's thread before every test, so what is the same for every test of a fixture
/// or assembly (assembly name, framework, the categories of the enclosing suites) is read once.
/// </remarks>
internal static class NUnitTestIdentity
{
    public static TestIdentity Of(ITest test)
    {
        var type = test.TypeInfo?.Type;
        return new TestIdentity
        {
            ClassName = test.ClassName ?? type?.FullName ?? "",
            MethodName = test.MethodName ?? test.Name,
            DisplayName = test.Name,
            TestCaseId = test.Id,
            AssemblyName = type is null ? "" : TestAssemblyNames.Of(type.Assembly),
            TargetFramework = type is null ? "" : TargetFrameworkNames.Of(type.Assembly),
            Traits = NUnitCategories.Of(test),
            Arguments = TestArguments.Named(test.Method?.MethodInfo, test.Arguments),
        };
    }
}
