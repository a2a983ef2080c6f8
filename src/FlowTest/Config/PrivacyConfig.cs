using System.Collections.Generic;

namespace FlowTest.Config;

/// <summary>The <c>privacy</c> section (SPEC §6).</summary>
internal sealed record PrivacyConfig
{
    public static IReadOnlyList<string> DefaultRedactKeys { get; } = new[]
    {
        "password", "passwd", "pwd", "secret", "token", "api_key", "apikey", "auth",
        "authorization", "cookie", "session", "private_key", "connectionstring",
    };

    /// <summary>
    /// Case-insensitive substrings of keys whose values are redacted: the effective list, i.e.
    /// <see cref="DefaultRedactKeys"/> (unless <c>redact_defaults: false</c>) plus <c>redact_keys</c>.
    /// </summary>
    public IReadOnlyList<string> RedactKeys { get; init; } = DefaultRedactKeys;

    /// <summary>Maximum bytes of one event's payload before it is truncated.</summary>
    public int PayloadLimit { get; init; } = 2048;

    /// <summary>Maximum characters of one string value before it is truncated.</summary>
    public int StringLimit { get; init; } = 512;

    /// <summary>When false (the default) evidence is reduced to small facts, never raw payloads.</summary>
    public bool AllowRawPayloads { get; init; }

    /// <summary>Replace secrets by <c>sha256:&lt;12 hex&gt;</c> instead of <c>REDACTED</c>.</summary>
    public bool Hash { get; init; }
}
