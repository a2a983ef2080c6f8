using System;
using System.Collections.Generic;
using System.Linq;
using FlowTest.Context;

namespace FlowTest.Adapters;

/// <summary>
/// The tags and correlation of a test flow: <c>assembly</c>, <c>framework</c>, <c>class</c>,
/// <c>method</c>, then one tag per trait/category name (values of a repeated name joined by <c>,</c>).
/// </summary>
internal static class TestFlowTags
{
    public const string Assembly = "assembly";
    public const string Framework = "framework";
    public const string Class = "class";
    public const string Method = "method";
    public const string TestCaseCorrelation = "test_case_id";
    public const string DisplayName = "display_name";

    public static IReadOnlyDictionary<string, string> Build(TestIdentity test)
    {
        var tags = new KeyValuePair<string, string>[4 + test.Traits.Count];
        var count = 0;
        Add(tags, ref count, Assembly, test.AssemblyName);
        Add(tags, ref count, Framework, test.TargetFramework);
        Add(tags, ref count, Class, test.ClassName);
        Add(tags, ref count, Method, test.MethodName);
        if (test.Traits.Count == 0)
        {
            return new LabelMap(tags, count);
        }

        foreach (var group in test.Traits.Where(t => !string.IsNullOrEmpty(t.Key)).GroupBy(t => TraitKey(t.Key), StringComparer.Ordinal))
        {
            // A trait never overwrites the built-in tags above.
            if (!LabelMap.Contains(tags, count, group.Key))
            {
                tags[count++] = new KeyValuePair<string, string>(group.Key, string.Join(",", group.Select(t => t.Value).Where(v => !string.IsNullOrEmpty(v)).Distinct(StringComparer.Ordinal)));
            }
        }

        return new LabelMap(tags, count);
    }

    public static IReadOnlyDictionary<string, string> Correlation(TestIdentity test) => LabelMap.Of(TestCaseCorrelation, test.TestCaseId);

    /// <summary>Trait names as tag keys: lower case, spaces to underscores (<c>Category</c> → <c>category</c>).</summary>
    public static string TraitKey(string name) => name.Trim().ToLowerInvariant().Replace(' ', '_');

    private static void Add(KeyValuePair<string, string>[] tags, ref int count, string key, string value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            tags[count++] = new KeyValuePair<string, string>(key, value);
        }
    }
}
