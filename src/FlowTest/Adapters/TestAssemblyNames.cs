using System.Collections.Concurrent;
using System.Reflection;

namespace FlowTest.Adapters;

/// <summary>The simple name of a test assembly, for the <c>assembly</c> tag, read once per assembly.</summary>
internal static class TestAssemblyNames
{
    // Assembly.GetName() builds a new AssemblyName (version, culture, key) on every call: ~µs per test.
    private static readonly ConcurrentDictionary<Assembly, string> Cache = new();

    public static string Of(Assembly assembly) => Cache.GetOrAdd(assembly, a => a.GetName().Name ?? "");
}
