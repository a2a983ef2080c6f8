using System.Text.RegularExpressions;

namespace FlowTest.Privacy;

/// <summary>
/// The regular expressions of redaction: secrets recognised by their shape (<see cref="SecretShapes"/>)
/// and the key of a free-text pair (<see cref="KeyValueRedactor"/>). On .NET 8 and later they are
/// generated at compile time (PrivacyPatterns.Generated.cs), so they are part of the precompiled
/// library and cost nothing to build; on .NET Standard they are compiled when first used
/// (PrivacyPatterns.Compiled.cs). Both are built from the patterns here.
/// </summary>
internal static partial class PrivacyPatterns
{
    /// <summary>Generous: a regex that needs this long on a bounded string is being attacked.</summary>
    private const int MatchTimeoutMilliseconds = 500;

    private const RegexOptions Options = RegexOptions.CultureInvariant;

    // The whole block goes; an unterminated block (cut text) is redacted to the end.
    private const string PemPrivateKeyPattern =
        @"-----BEGIN [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----[\s\S]*?(?:-----END [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----|\z)";

    // Header segment plus at least one dot: a cut token is still caught.
    private const string JwtPattern = @"(?<![A-Za-z0-9_\-])eyJ[A-Za-z0-9_\-]{8,}(?:\.[A-Za-z0-9_\-]*){1,4}";

    private const string AwsAccessKeyIdPattern = @"(?<![A-Za-z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Za-z0-9])";

    // Greedy password up to the last '@' before the path: an unencoded '@' in it does not leak the rest.
    private const string UrlUserInfoPattern =
        @"(?<![A-Za-z0-9+.\-])[A-Za-z][A-Za-z0-9+.\-]{0,30}://[^:/?#@\s""'<>]*:(?<secret>[^/?#\s""'<>]+)@";

    // Eight characters at least, so "the bearer of bad news" keeps its words.
    private const string BearerTokenPattern = @"(?<![A-Za-z0-9])(?i:bearer)\s+(?<secret>[A-Za-z0-9\-._~+/]{8,}=*)";

    private const string BasicCredentialsPattern = @"(?<![A-Za-z0-9])(?i:basic)\s+(?<secret>[A-Za-z0-9+/]{6,}={0,2})(?![A-Za-z0-9+/=])";

    // A key after a quote (may hold spaces), or a bare identifier-like key; then ':' or '=' that
    // is not part of '==', '=>', '=~', '::' or '://'.
    private const string KeyAndSeparatorPattern =
        @"(?:(?<=[""'])(?<key>[^""'\\\r\n:=]{1,128})\\?[""']|(?<![A-Za-z0-9_.\-])(?<key>[A-Za-z_@$][A-Za-z0-9_.\-]{0,127})(?:\\?[""'])?)[ \t]*(?<sep>=(?![=>~])|:(?![:/]))[ \t]*";
}
