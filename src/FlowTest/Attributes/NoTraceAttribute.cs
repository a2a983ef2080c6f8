using System;

namespace FlowTest;

/// <summary>
/// Excludes a method or type from weaving, or a parameter from argument capture.
/// </summary>
[AttributeUsage(
    AttributeTargets.Method | AttributeTargets.Constructor | AttributeTargets.Parameter |
    AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Property | AttributeTargets.Field,
    AllowMultiple = false,
    Inherited = false)]
public sealed class NoTraceAttribute : Attribute
{
}
