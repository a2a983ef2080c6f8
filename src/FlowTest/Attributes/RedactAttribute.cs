using System;

namespace FlowTest;

/// <summary>
/// The value of this parameter, property or field is never written: it is recorded as
/// <c>"REDACTED"</c> (or its hash when <c>privacy.hash</c> is on) and its path is listed in
/// <c>redacted_fields</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false)]
public sealed class RedactAttribute : Attribute
{
}
