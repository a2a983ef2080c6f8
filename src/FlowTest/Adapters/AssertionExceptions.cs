using System;
using System.Linq;

namespace FlowTest.Adapters;

/// <summary>
/// Tells assertion failures (verdict <c>failure</c>) from other exceptions (verdict <c>exception</c>)
/// by type name, so no test framework has to be referenced here.
/// </summary>
internal static class AssertionExceptions
{
    // Base types and marker interfaces that assertion libraries throw or implement.
    private static readonly string[] AssertionTypeNames =
    {
        "Xunit.Sdk.XunitException",
        "Xunit.Sdk.IAssertionException",
        "NUnit.Framework.AssertionException",
        "NUnit.Framework.MultipleAssertException",
        "Microsoft.VisualStudio.TestTools.UnitTesting.AssertFailedException",
        "Shouldly.ShouldAssertException",
        "FluentAssertions.Execution.AssertionFailedException",
    };

    public static bool IsAssertion(Exception exception)
    {
        for (var type = exception.GetType(); type is not null; type = type.BaseType)
        {
            if (IsAssertionTypeName(type.FullName))
            {
                return true;
            }
        }

        return exception.GetType().GetInterfaces().Any(i => IsAssertionTypeName(i.FullName));
    }

    public static bool IsAssertionTypeName(string? fullName) =>
        fullName is not null && Array.IndexOf(AssertionTypeNames, fullName) >= 0;
}
