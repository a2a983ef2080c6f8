#if !NET7_0_OR_GREATER
using System;
using System.Text.RegularExpressions;

namespace FlowTest.Privacy;

/// <summary>The patterns as regular expressions compiled at run time (.NET Standard has no generator).</summary>
internal static partial class PrivacyPatterns
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(MatchTimeoutMilliseconds);

    private static readonly Regex PemPrivateKeyRegex = Compile(PemPrivateKeyPattern);
    private static readonly Regex JwtRegex = Compile(JwtPattern);
    private static readonly Regex AwsAccessKeyIdRegex = Compile(AwsAccessKeyIdPattern);
    private static readonly Regex UrlUserInfoRegex = Compile(UrlUserInfoPattern);
    private static readonly Regex BearerTokenRegex = Compile(BearerTokenPattern);
    private static readonly Regex BasicCredentialsRegex = Compile(BasicCredentialsPattern);
    private static readonly Regex KeyAndSeparatorRegex = Compile(KeyAndSeparatorPattern);

    public static Regex PemPrivateKey() => PemPrivateKeyRegex;

    public static Regex Jwt() => JwtRegex;

    public static Regex AwsAccessKeyId() => AwsAccessKeyIdRegex;

    public static Regex UrlUserInfo() => UrlUserInfoRegex;

    public static Regex BearerToken() => BearerTokenRegex;

    public static Regex BasicCredentials() => BasicCredentialsRegex;

    public static Regex KeyAndSeparator() => KeyAndSeparatorRegex;

    private static Regex Compile(string pattern) => new(pattern, Options | RegexOptions.Compiled, MatchTimeout);
}
#endif
