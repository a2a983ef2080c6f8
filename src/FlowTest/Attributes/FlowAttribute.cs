using System;

namespace FlowTest;

/// <summary>
/// Marks a method, constructor, class or struct whose methods are woven at build time: each call
/// becomes a flow with timing, a verdict, captured arguments and its source location.
/// </summary>
/// <remarks>
/// On a type it applies to every method with a body declared in that type (compiler-generated
/// methods excluded). Without a name the flow is named <c>TypeName/MethodName</c>.
/// </remarks>
[AttributeUsage(
    AttributeTargets.Method | AttributeTargets.Constructor | AttributeTargets.Class | AttributeTargets.Struct,
    AllowMultiple = false,
    Inherited = false)]
public sealed class FlowAttribute : Attribute
{
    /// <summary>Creates a flow marker named after the type and method.</summary>
    public FlowAttribute()
    {
    }

    /// <summary>Creates a flow marker with an explicit flow name, e.g. <c>orders/submit</c>.</summary>
    /// <param name="name">The flow name; path-like, verbs last.</param>
    public FlowAttribute(string name)
    {
        Name = name;
    }

    /// <summary>The flow name, or <see langword="null"/> for <c>TypeName/MethodName</c>.</summary>
    public string? Name { get; }

    /// <summary>Tags attached to every flow this attribute produces.</summary>
    public string[]? Tags { get; set; }

    /// <summary>Whether arguments are captured as evidence (default <see langword="true"/>).</summary>
    public bool CaptureArguments { get; set; } = true;

    /// <summary>Whether the return value is captured as evidence (default <see langword="false"/>).</summary>
    public bool CaptureReturnValue { get; set; }

    /// <summary>
    /// Treat an <see cref="int"/> return value as a process exit code: 0 is success, anything else
    /// a failure. Always on for an entry point <c>Main</c>.
    /// </summary>
    public bool ExitCode { get; set; }
}
