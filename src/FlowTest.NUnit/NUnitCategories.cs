using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using NUnit.Framework.Interfaces;

namespace FlowTest.NUnit;

/// <summary>
/// Categories of a test and of every suite above it (the test's own first, then outwards), as
/// NUnit's VSTest adapter reports them. The suites' part is read once per suite.
/// </summary>
internal static class NUnitCategories
{
    private const string CategoryProperty = "Category";

    // Keyed by the suite object; a suite's categories are fixed once NUnit has built the tree.
    private static readonly ConditionalWeakTable<ITest, KeyValuePair<string, string>[]> SuiteChains = new();

    public static IReadOnlyList<KeyValuePair<string, string>> Of(ITest test)
    {
        var inherited = test.Parent is { } parent ? ChainOf(parent) : Array.Empty<KeyValuePair<string, string>>();
        if (!test.Properties.ContainsKey(CategoryProperty))
        {
            return inherited;
        }

        var traits = new List<KeyValuePair<string, string>>();
        AddOwn(test, traits);
        traits.AddRange(inherited);
        return traits;
    }

    private static KeyValuePair<string, string>[] ChainOf(ITest suite) => SuiteChains.GetValue(suite, ReadChain);

    private static KeyValuePair<string, string>[] ReadChain(ITest suite)
    {
        var traits = new List<KeyValuePair<string, string>>();
        AddOwn(suite, traits);
        if (suite.Parent is { } parent)
        {
            traits.AddRange(ChainOf(parent));
        }

        return traits.Count == 0 ? Array.Empty<KeyValuePair<string, string>>() : traits.ToArray();
    }

    private static void AddOwn(ITest node, List<KeyValuePair<string, string>> traits)
    {
        if (!node.Properties.ContainsKey(CategoryProperty))
        {
            return;
        }

        foreach (var value in node.Properties[CategoryProperty])
        {
            if (value is string category)
            {
                traits.Add(new KeyValuePair<string, string>(CategoryProperty, category));
            }
        }
    }
}
