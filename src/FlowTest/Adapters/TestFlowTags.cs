using System.Collections.Generic;
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

    // The correlation of every test flow is this one label with the test's own id swapped in.
    private static readonly LabelMap CorrelationTemplate = new(new[] { new KeyValuePair<string, string>(TestCaseCorrelation, "") }, 1);

    /// <summary>
    /// The tags of <paramref name="test"/>. Only the method differs between the tests of a class, so the
    /// rest is built once per class (<see cref="TestTagTemplates"/>) and each test gets one small map.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Build(TestIdentity test)
    {
        if (string.IsNullOrEmpty(test.MethodName))
        {
            // No method tag, so nothing to swap in (and a trait may then be named "method").
            return BuildAll(test, out _);
        }

        return TestTagTemplates.Shared.TagsOf(test);
    }

    public static IReadOnlyDictionary<string, string> Correlation(TestIdentity test) => CorrelationTemplate.WithValueAt(0, test.TestCaseId);

    /// <summary>All tags of <paramref name="test"/> built afresh; <paramref name="methodIndex"/> is where the method tag is (-1 without one).</summary>
    public static LabelMap BuildAll(TestIdentity test, out int methodIndex)
    {
        var tags = new KeyValuePair<string, string>[4 + test.Traits.Count];
        var count = 0;
        Add(tags, ref count, Assembly, test.AssemblyName);
        Add(tags, ref count, Framework, test.TargetFramework);
        Add(tags, ref count, Class, test.ClassName);
        methodIndex = string.IsNullOrEmpty(test.MethodName) ? -1 : count;
        Add(tags, ref count, Method, test.MethodName);
        if (test.Traits.Count == 0)
        {
            return new LabelMap(tags, count);
        }

        // Grouped by hand, not with LINQ's GroupBy: over KeyValuePair<string, string> that is generic
        // code no precompiled image holds, JIT-compiled in every test host and run unoptimized per test.
        var keys = new List<string>(test.Traits.Count);
        var values = new List<List<string>>(test.Traits.Count);
        for (var i = 0; i < test.Traits.Count; i++)
        {
            AddTrait(keys, values, test.Traits[i].Key, test.Traits[i].Value);
        }

        for (var group = 0; group < keys.Count; group++)
        {
            // A trait never overwrites the built-in tags above.
            if (!LabelMap.Contains(tags, count, keys[group]))
            {
                tags[count++] = new KeyValuePair<string, string>(keys[group], string.Join(",", values[group]));
            }
        }

        return new LabelMap(tags, count);
    }

    /// <summary>Trait names as tag keys: lower case, spaces to underscores (<c>Category</c> → <c>category</c>).</summary>
    public static string TraitKey(string name) => name.Trim().ToLowerInvariant().Replace(' ', '_');

    // Keys in order of first appearance; each with its distinct non-empty values, in order.
    private static void AddTrait(List<string> keys, List<List<string>> values, string name, string value)
    {
        if (string.IsNullOrEmpty(name))
        {
            return;
        }

        var key = TraitKey(name);
        var group = keys.IndexOf(key);
        if (group < 0)
        {
            keys.Add(key);
            values.Add(new List<string>(1));
            group = keys.Count - 1;
        }

        if (!string.IsNullOrEmpty(value) && !values[group].Contains(value))
        {
            values[group].Add(value);
        }
    }

    private static void Add(KeyValuePair<string, string>[] tags, ref int count, string key, string value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            tags[count++] = new KeyValuePair<string, string>(key, value);
        }
    }
}
