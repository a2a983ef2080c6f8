using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using FlowTest.Config;

namespace FlowTest.Privacy;

/// <summary>
/// The privacy rules of SPEC §6 as plain functions: which keys are sensitive, how a secret is
/// masked, how free text loses its secrets, and how long strings are cut. Immutable and
/// thread-safe; the only state is a cache of key verdicts.
/// </summary>
internal sealed class PrivacyPolicy
{
    /// <summary>Containers nested deeper than this are written as <c>"&lt;depth limit&gt;"</c>.</summary>
    public const int MaxDepth = 6;

    /// <summary>Items written per collection or dictionary before a <c>"… (N more)"</c> marker.</summary>
    public const int MaxItems = 20;

    /// <summary>Longest dictionary key written; keys are identifiers, not payload.</summary>
    public const int MaxKeyLength = 128;

    private const int MinPayloadLimit = 64;
    private const int MinStringLimit = 16;

    // Redaction looks this far past the string limit, so a secret straddling the cut is seen whole.
    private const int RedactionLookahead = 1024;

    // Dictionary keys can be data (ids, names): cap the cache so it cannot grow without bound.
    private const int KeyCacheCapacity = 4096;
    private const int MaxCachedKeyLength = 256;

    // Verdicts boxed (two shared objects): ConcurrentDictionary<string, object> is shared generic code the
    // framework ships precompiled, where <string, bool> is JIT-compiled in every process that asks a key.
    private static readonly object SensitiveVerdict = true;
    private static readonly object HarmlessVerdict = false;

    // Keys seen by reference: payload keys are mostly literals ("display_name" on every test flow),
    // so one pointer comparison answers before the dictionary hashes the text. Direct-mapped, filled
    // only when a verdict is first worked out, so a lookup never allocates.
    private const int RecentKeySlots = 64;

    private readonly string[] _normalizedKeys;
    private readonly ConcurrentDictionary<string, object> _keyVerdicts = new(StringComparer.Ordinal);
    private readonly KeyVerdict?[] _recentKeys = new KeyVerdict?[RecentKeySlots];

    public PrivacyPolicy(PrivacyConfig config)
    {
        Config = config ?? throw new ArgumentNullException(nameof(config));
        var keys = new List<string>();
        foreach (var key in config.RedactKeys ?? PrivacyConfig.DefaultRedactKeys)
        {
            var normalized = key is null ? string.Empty : NormalizeKey(key);
            if (normalized.Length > 0 && !keys.Contains(normalized))
            {
                keys.Add(normalized);
            }
        }

        _normalizedKeys = keys.ToArray();
        PayloadLimit = Math.Max(MinPayloadLimit, config.PayloadLimit);
        StringLimit = Math.Max(MinStringLimit, config.StringLimit);
    }

    /// <summary>The policy for the default <c>privacy</c> section.</summary>
    public static PrivacyPolicy Default { get; } = new(new PrivacyConfig());

    public PrivacyConfig Config { get; }

    /// <summary>Bytes of one event payload before it is cut (at least 64).</summary>
    public int PayloadLimit { get; }

    /// <summary>Characters of one string value before it is cut (at least 16).</summary>
    public int StringLimit { get; }

    public bool Hash => Config.Hash;

    public bool AllowRawPayloads => Config.AllowRawPayloads;

    /// <summary>The default policy when <paramref name="config"/> is the default, else a new one.</summary>
    public static PrivacyPolicy For(PrivacyConfig? config) =>
        config is null || config.Equals(Default.Config) ? Default : new PrivacyPolicy(config);

    /// <summary>
    /// Whether values under <paramref name="key"/> are secrets: a configured key is a
    /// case-insensitive substring of it, ignoring <c>_</c>, <c>-</c>, <c>.</c> and spaces (so
    /// <c>apiKey</c>, <c>X-API-KEY</c> and <c>x_api_key</c> all contain <c>api_key</c>).
    /// </summary>
    public bool IsSensitiveKey(string key)
    {
        if (string.IsNullOrEmpty(key))
        {
            return false;
        }

        var slot = RuntimeHelpers.GetHashCode(key) & (RecentKeySlots - 1);
        if (Volatile.Read(ref _recentKeys[slot]) is { } recent && ReferenceEquals(recent.Key, key))
        {
            return recent.IsSensitive;
        }

        if (_keyVerdicts.TryGetValue(key, out var cached))
        {
            return ReferenceEquals(cached, SensitiveVerdict);
        }

        var verdict = ContainsConfiguredKey(NormalizeKey(key));
        if (key.Length <= MaxCachedKeyLength && _keyVerdicts.Count < KeyCacheCapacity)
        {
            _keyVerdicts.TryAdd(key, verdict ? SensitiveVerdict : HarmlessVerdict);
            Volatile.Write(ref _recentKeys[slot], new KeyVerdict(key, verdict));
        }

        return verdict;
    }

    /// <summary>
    /// The replacement for a secret: <c>REDACTED</c>, or with hashing on
    /// <c>sha256:</c> + the first 12 hex digits of the SHA-256 of its UTF-8 bytes.
    /// </summary>
    public string Mask(string? original)
    {
        if (!Hash || original is null)
        {
            return EvidenceMarkers.Redacted;
        }

        return EvidenceMarkers.HashPrefix + Sha256Prefix(original);
    }

    /// <summary>Free text with every recognised secret replaced (see <c>docs/privacy.md</c>).</summary>
    public string RedactText(string text) => RedactText(text, out _);

    /// <summary>Free text with every recognised secret replaced; reports whether anything was.</summary>
    /// <remarks>Fails closed: if a pattern times out the whole text is replaced.</remarks>
    public string RedactText(string text, out bool changed)
    {
        changed = false;
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        try
        {
            var result = SecretShapes.Redact(text, this, ref changed);
            return KeyValueRedactor.Redact(result, this, ref changed);
        }
        catch (RegexMatchTimeoutException)
        {
            changed = true;
            return EvidenceMarkers.Redacted;
        }
    }

    /// <summary>
    /// Whether <paramref name="value"/> carries a secret by its shape alone (JWT, bearer or basic
    /// credentials, PEM private key, AWS key id, URL or connection-string password, or a
    /// <c>key=value</c> pair with a sensitive key).
    /// </summary>
    public bool LooksLikeSecretValue(string value)
    {
        RedactText(value, out var changed);
        return changed;
    }

    /// <summary><paramref name="value"/> cut to <see cref="StringLimit"/> characters with a visible marker.</summary>
    public string Truncate(string value) => Truncate(value, StringLimit, out _);

    /// <summary><paramref name="value"/> cut to <paramref name="maxChars"/> characters with a visible marker.</summary>
    public static string Truncate(string value, int maxChars, out bool truncated)
    {
        truncated = value.Length > maxChars;
        if (!truncated)
        {
            return value;
        }

        return value.Substring(0, Utf16Text.SafeCut(value, maxChars)) + EvidenceMarkers.Truncated;
    }

    /// <summary>
    /// Prepares one free-text field (a reason, an exception message, a line of test output):
    /// sanitised, redacted and cut to <paramref name="maxChars"/> (default <see cref="StringLimit"/>).
    /// Records <paramref name="path"/> in <paramref name="log"/> when a secret was replaced.
    /// </summary>
    public string ProtectText(string? text, RedactionLog log, string path, int maxChars = 0)
    {
        if (text is null)
        {
            return string.Empty;
        }

        var prepared = PrepareText(text, maxChars > 0 ? maxChars : StringLimit, out var redacted, out var truncated);
        if (redacted)
        {
            log.Add(path);
        }

        if (truncated)
        {
            log.MarkTruncated();
        }

        return prepared;
    }

    /// <summary>Sanitise, redact, cut: the order that never lets a cut hide a secret from redaction.</summary>
    internal string PrepareText(string text, int maxChars, out bool redacted, out bool truncated)
    {
        var window = text;
        var windowCut = false;
        var windowLength = maxChars + RedactionLookahead;
        if (text.Length > windowLength)
        {
            // Redacting megabytes that are cut anyway would only cost time.
            window = text.Substring(0, Utf16Text.SafeCut(text, windowLength));
            windowCut = true;
        }

        var redactedText = RedactText(Utf16Text.Sanitize(window), out redacted);
        var result = Truncate(redactedText, maxChars, out truncated);
        if (windowCut && !truncated)
        {
            truncated = true;
            result += EvidenceMarkers.Truncated;
        }

        return result;
    }

    internal static string NormalizeKey(string key)
    {
        var builder = new StringBuilder(key.Length);
        foreach (var c in key)
        {
            if (c is '_' or '-' or '.' or ' ')
            {
                continue;
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    private bool ContainsConfiguredKey(string normalizedKey)
    {
        foreach (var configured in _normalizedKeys)
        {
            if (normalizedKey.IndexOf(configured, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static string Sha256Prefix(string original)
    {
        var bytes = Encoding.UTF8.GetBytes(Utf16Text.Sanitize(original));
#if NET8_0_OR_GREATER
        var digest = SHA256.HashData(bytes);
#else
        byte[] digest;
        using (var sha = SHA256.Create())
        {
            digest = sha.ComputeHash(bytes);
        }
#endif
        var hex = new StringBuilder(12);
        for (var i = 0; i < 6; i++)
        {
            hex.Append(digest[i].ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return hex.ToString();
    }

    /// <summary>A key and its verdict, published whole to <see cref="_recentKeys"/>.</summary>
    private sealed record KeyVerdict(string Key, bool IsSensitive);
}
