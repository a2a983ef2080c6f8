using System;
using System.Collections.Generic;

namespace FlowTest.Adapters;

/// <summary>What an adapter knows about one test (one fact, theory row or test case) before it runs.</summary>
internal sealed record TestIdentity
{
    /// <summary>Full name of the test class, with namespace (nested classes joined by <c>+</c>).</summary>
    public string ClassName { get; init; } = "";

    public string MethodName { get; init; } = "";

    /// <summary>The name the runner shows, with arguments: <c>Calc.Adds(a: 1, b: 2)</c>.</summary>
    public string DisplayName { get; init; } = "";

    /// <summary>The runner's id of the test case (xUnit unique id, NUnit test id).</summary>
    public string TestCaseId { get; init; } = "";

    public string AssemblyName { get; init; } = "";

    /// <summary>The test assembly's target framework, e.g. <c>net8.0</c>; empty when unknown.</summary>
    public string TargetFramework { get; init; } = "";

    /// <summary>xUnit traits / NUnit categories and properties, name then value (a name may repeat).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Traits { get; init; } = Array.Empty<KeyValuePair<string, string>>();

    /// <summary>Theory / test-case arguments by parameter name; written as (redacted) evidence.</summary>
    public IReadOnlyList<KeyValuePair<string, object?>> Arguments { get; init; } = Array.Empty<KeyValuePair<string, object?>>();
}
