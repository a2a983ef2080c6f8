using System;
using System.Text;
using System.Text.RegularExpressions;

namespace FlowTest.Privacy;

/// <summary>
/// Secrets recognised by their shape wherever they appear, whatever key they sit under:
/// PEM private-key blocks, JWTs, AWS access key ids, URL userinfo passwords, and
/// <c>Bearer</c>/<c>Basic</c> credentials. Each pattern is guarded by a cheap substring test so
/// ordinary strings never reach a regex.
/// </summary>
internal static class SecretShapes
{
    /// <summary>Generous: a regex that needs this long on a bounded string is being attacked.</summary>
    internal static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(500);

    private const RegexOptions Options = RegexOptions.Compiled | RegexOptions.CultureInvariant;

    // The whole block goes; an unterminated block (cut text) is redacted to the end.
    private static readonly Regex PemPrivateKey = new(
        @"-----BEGIN [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----[\s\S]*?(?:-----END [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----|\z)",
        Options,
        MatchTimeout);

    // Header segment plus at least one dot: a cut token is still caught.
    private static readonly Regex Jwt = new(
        @"(?<![A-Za-z0-9_\-])eyJ[A-Za-z0-9_\-]{8,}(?:\.[A-Za-z0-9_\-]*){1,4}",
        Options,
        MatchTimeout);

    private static readonly Regex AwsAccessKeyId = new(
        @"(?<![A-Za-z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Za-z0-9])",
        Options,
        MatchTimeout);

    // Greedy password up to the last '@' before the path: an unencoded '@' in it does not leak the rest.
    private static readonly Regex UrlUserInfo = new(
        @"(?<![A-Za-z0-9+.\-])[A-Za-z][A-Za-z0-9+.\-]{0,30}://[^:/?#@\s""'<>]*:(?<secret>[^/?#\s""'<>]+)@",
        Options,
        MatchTimeout);

    // Eight characters at least, so "the bearer of bad news" keeps its words.
    private static readonly Regex BearerToken = new(
        @"(?<![A-Za-z0-9])(?i:bearer)\s+(?<secret>[A-Za-z0-9\-._~+/]{8,}=*)",
        Options,
        MatchTimeout);

    private static readonly Regex BasicCredentials = new(
        @"(?<![A-Za-z0-9])(?i:basic)\s+(?<secret>[A-Za-z0-9+/]{6,}={0,2})(?![A-Za-z0-9+/=])",
        Options,
        MatchTimeout);

    /// <summary>Replaces every secret shape in <paramref name="text"/>; sets <paramref name="changed"/> when one was found.</summary>
    public static string Redact(string text, PrivacyPolicy policy, ref bool changed)
    {
        if (text.IndexOf("-----BEGIN", StringComparison.Ordinal) >= 0)
        {
            text = Replace(text, PemPrivateKey, policy, static (match, p) => p.Mask(match.Value), ref changed);
        }

        if (text.IndexOf("eyJ", StringComparison.Ordinal) >= 0)
        {
            text = Replace(text, Jwt, policy, static (match, p) => p.Mask(match.Value), ref changed);
        }

        if (text.IndexOf("AKIA", StringComparison.Ordinal) >= 0 || text.IndexOf("ASIA", StringComparison.Ordinal) >= 0)
        {
            text = Replace(text, AwsAccessKeyId, policy, static (match, p) => p.Mask(match.Value), ref changed);
        }

        if (text.IndexOf("://", StringComparison.Ordinal) >= 0)
        {
            text = Replace(text, UrlUserInfo, policy, MaskSecretGroup, ref changed);
        }

        if (text.IndexOf("bearer", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            text = Replace(text, BearerToken, policy, MaskSecretGroup, ref changed);
        }

        if (text.IndexOf("basic", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            text = Replace(text, BasicCredentials, policy, MaskBasicCredentials, ref changed);
        }

        return text;
    }

    private static string? MaskSecretGroup(Match match, PrivacyPolicy policy)
    {
        var secret = match.Groups["secret"];
        if (EvidenceMarkers.IsMask(secret.Value))
        {
            return null;
        }

        var offset = secret.Index - match.Index;
        return match.Value.Substring(0, offset) + policy.Mask(secret.Value) + match.Value.Substring(offset + secret.Length);
    }

    // "Basic" is an English word: only base64 that decodes to "user:password" is a credential.
    private static string? MaskBasicCredentials(Match match, PrivacyPolicy policy) =>
        DecodesToUserAndPassword(match.Groups["secret"].Value) ? MaskSecretGroup(match, policy) : null;

    private static bool DecodesToUserAndPassword(string candidate)
    {
        if (candidate.Length % 4 != 0)
        {
            return false;
        }

        try
        {
            var bytes = Convert.FromBase64String(candidate);
            return Array.IndexOf(bytes, (byte)':') >= 0;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    /// <summary>Like <see cref="Regex.Replace(string, MatchEvaluator)"/> but a rewrite may decline (null) and no closure is needed.</summary>
    private static string Replace(
        string text,
        Regex regex,
        PrivacyPolicy policy,
        Func<Match, PrivacyPolicy, string?> rewrite,
        ref bool changed)
    {
        StringBuilder? builder = null;
        var copied = 0;
        for (var match = regex.Match(text); match.Success; match = match.NextMatch())
        {
            var replacement = rewrite(match, policy);
            if (replacement is null)
            {
                continue;
            }

            builder ??= new StringBuilder(text.Length);
            builder.Append(text, copied, match.Index - copied).Append(replacement);
            copied = match.Index + match.Length;
        }

        if (builder is null)
        {
            return text;
        }

        changed = true;
        return builder.Append(text, copied, text.Length - copied).ToString();
    }
}
