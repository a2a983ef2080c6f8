using System;
using System.Collections.Generic;
using System.Threading;
using FlowTest.Context;

namespace FlowTest.Adapters;

/// <summary>
/// The tags of the tests of one class, built once: assembly, framework, class and traits are the same
/// for each of its tests, only the method differs, so a test's tags are the class's template with its
/// method swapped in (<see cref="LabelMap.WithValueAt"/>) — one 40-byte object on the test's thread
/// instead of an array, a map and, with traits, the grouping's lists and strings.
/// </summary>
/// <remarks>
/// Direct-mapped by the class name: bounded at <see cref="Slots"/> templates, and parallel runners
/// alternating between classes mostly keep theirs. A template is used only for a test with equal assembly, framework, class and
/// traits, so a slot shared by two classes costs a rebuild, never a wrong tag. Thread-safe: templates
/// are immutable and replaced whole.
/// </remarks>
internal sealed class TestTagTemplates
{
    /// <summary>Templates held at most (a power of two).</summary>
    public const int Slots = 64;

    private readonly Template?[] _slots = new Template?[Slots];

    /// <summary>The templates the adapters share.</summary>
    public static TestTagTemplates Shared { get; } = new();

    /// <summary>The tags of <paramref name="test"/> (which has a method name), from its class's template when there is one.</summary>
    public LabelMap TagsOf(TestIdentity test)
    {
        var slot = (test.ClassName ?? "").GetHashCode() & (Slots - 1);
        var template = Volatile.Read(ref _slots[slot]);
        if (template is not null && template.Fits(test))
        {
            return template.Tags.WithValueAt(template.MethodIndex, test.MethodName);
        }

        var tags = TestFlowTags.BuildAll(test, out var methodIndex);
        Volatile.Write(ref _slots[slot], new Template(test, tags, methodIndex));
        return tags;
    }

    /// <summary>How many templates are held now (for tests).</summary>
    public int Count
    {
        get
        {
            var count = 0;
            foreach (var template in _slots)
            {
                count += template is null ? 0 : 1;
            }

            return count;
        }
    }

    /// <summary>A class's tags with some test's method in them, and what they were built from.</summary>
    private sealed class Template
    {
        private readonly string _assemblyName;
        private readonly string _targetFramework;
        private readonly string _className;
        private readonly IReadOnlyList<KeyValuePair<string, string>> _traits;

        public Template(TestIdentity test, LabelMap tags, int methodIndex)
        {
            _assemblyName = test.AssemblyName;
            _targetFramework = test.TargetFramework;
            _className = test.ClassName;
            _traits = test.Traits;
            Tags = tags;
            MethodIndex = methodIndex;
        }

        public LabelMap Tags { get; }

        public int MethodIndex { get; }

        public bool Fits(TestIdentity test) =>
            string.Equals(_className, test.ClassName, StringComparison.Ordinal)
            && string.Equals(_assemblyName, test.AssemblyName, StringComparison.Ordinal)
            && string.Equals(_targetFramework, test.TargetFramework, StringComparison.Ordinal)
            && SameTraits(_traits, test.Traits);

        // The same list (NUnit hands out a suite's categories as one array) or equal pairs in the same order (xUnit builds a list per test).
        private static bool SameTraits(IReadOnlyList<KeyValuePair<string, string>> known, IReadOnlyList<KeyValuePair<string, string>> traits)
        {
            if (ReferenceEquals(known, traits))
            {
                return true;
            }

            if (known.Count != traits.Count)
            {
                return false;
            }

            for (var i = 0; i < known.Count; i++)
            {
                var a = known[i];
                var b = traits[i];
                if (!string.Equals(a.Key, b.Key, StringComparison.Ordinal) || !string.Equals(a.Value, b.Value, StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
