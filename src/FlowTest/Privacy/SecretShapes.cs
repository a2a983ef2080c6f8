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
    /// <summary>Replaces every secret shape in <paramref name="text"/>; sets <paramref name="changed"/> when one was found.</summary>
    public static string Redact(string text, PrivacyPolicy policy, ref bool changed)
    {
        if (text.IndexOf("-----BEGIN", StringComparison.Ordinal) >= 0)
        {
            text = Replace(text, PrivacyPatterns.PemPrivateKey(), policy, static (match, p) => p.Mask(match.Value), ref changed);
        }

        if (text.IndexOf("eyJ", StringComparison.Ordinal) >= 0)
        {
            text = Replace(text, PrivacyPatterns.Jwt(), policy, static (match, p) => p.Mask(match.Value), ref changed);
        }

        if (text.IndexOf("AKIA", StringComparison.Ordinal) >= 0 || text.IndexOf("ASIA", StringComparison.Ordinal) >= 0)
        {
            text = Replace(text, PrivacyPatterns.AwsAccessKeyId(), policy, static (match, p) => p.Mask(match.Value), ref changed);
        }

        if (text.IndexOf("://", StringComparison.Ordinal) >= 0)
        {
            text = Replace(text, PrivacyPatterns.UrlUserInfo(), policy, MaskSecretGroup, ref changed);
        }

        if (text.IndexOf("bearer", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            text = Replace(text, PrivacyPatterns.BearerToken(), policy, MaskSecretGroup, ref changed);
        }

        if (text.IndexOf("basic", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            text = Replace(text, PrivacyPatterns.BasicCredentials(), policy, MaskBasicCredentials, ref changed);
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
