using System;
using System.Threading;

namespace FlowTest.Adapters;

/// <summary>Test flows are named <c>&lt;Class&gt;/&lt;Method&gt;</c>: class without namespace or generic arity.</summary>
internal static class TestFlowNames
{
    // Tests of one class mostly run one after another: remembering the last class spares the
    // parsing (and its allocations) per test without a cache that grows with the suite.
    private static Tuple<string, string> _lastClass = Tuple.Create("", "(unknown)");

    public static string For(string className, string methodName) => ShortClassNameOfTest(className) + "/" + (string.IsNullOrEmpty(methodName) ? "(unknown)" : methodName);

    /// <summary><c>Shop.Tests.OrderTests+Nested`1</c> → <c>OrderTests.Nested</c>; generic arguments in brackets are dropped.</summary>
    public static string ShortClassName(string className)
    {
        if (string.IsNullOrEmpty(className))
        {
            return "(unknown)";
        }

        var name = className;
        var bracket = name.IndexOf('[');
        if (bracket > 0)
        {
            name = name.Substring(0, bracket);
        }

        var angle = name.IndexOf('<');
        if (angle > 0)
        {
            name = name.Substring(0, angle);
        }

        // Namespace is everything before the last '.' of the outermost type (nested types use '+').
        var plus = name.IndexOf('+');
        var outer = plus < 0 ? name : name.Substring(0, plus);
        var dot = outer.LastIndexOf('.');
        if (dot >= 0)
        {
            name = name.Substring(dot + 1);
        }

        var parts = name.Split('+');
        for (var i = 0; i < parts.Length; i++)
        {
            var tick = parts[i].IndexOf('`');
            parts[i] = tick > 0 ? parts[i].Substring(0, tick) : parts[i];
        }

        return string.Join(".", parts);
    }

    private static string ShortClassNameOfTest(string className)
    {
        // Item1 the class name as given, Item2 its short name; replaced as a whole, so never torn.
        var last = Volatile.Read(ref _lastClass);
        if (string.Equals(last.Item1, className, StringComparison.Ordinal))
        {
            return last.Item2;
        }

        var shortName = ShortClassName(className);
        Volatile.Write(ref _lastClass, Tuple.Create(className, shortName));
        return shortName;
    }

    /// <summary>The namespace-free name of <paramref name="type"/> as a test class (for tags).</summary>
    public static string ShortClassName(Type type) => ShortClassName(type.FullName ?? type.Name);
}
