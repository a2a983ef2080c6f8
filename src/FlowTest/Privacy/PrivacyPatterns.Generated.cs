#if NET7_0_OR_GREATER
using System.Text.RegularExpressions;

namespace FlowTest.Privacy;

/// <summary>The patterns as source-generated regular expressions (.NET 8 and later).</summary>
internal static partial class PrivacyPatterns
{
    [GeneratedRegex(PemPrivateKeyPattern, Options, MatchTimeoutMilliseconds)]
    public static partial Regex PemPrivateKey();

    [GeneratedRegex(JwtPattern, Options, MatchTimeoutMilliseconds)]
    public static partial Regex Jwt();

    [GeneratedRegex(AwsAccessKeyIdPattern, Options, MatchTimeoutMilliseconds)]
    public static partial Regex AwsAccessKeyId();

    [GeneratedRegex(UrlUserInfoPattern, Options, MatchTimeoutMilliseconds)]
    public static partial Regex UrlUserInfo();

    [GeneratedRegex(BearerTokenPattern, Options, MatchTimeoutMilliseconds)]
    public static partial Regex BearerToken();

    [GeneratedRegex(BasicCredentialsPattern, Options, MatchTimeoutMilliseconds)]
    public static partial Regex BasicCredentials();

    [GeneratedRegex(KeyAndSeparatorPattern, Options, MatchTimeoutMilliseconds)]
    public static partial Regex KeyAndSeparator();
}
#endif
