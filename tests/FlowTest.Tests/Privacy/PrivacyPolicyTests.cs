using System;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using FlowTest.Config;
using FlowTest.Privacy;

namespace FlowTest.Tests.Privacy;

public sealed class PrivacyPolicyTests
{
    [Theory]
    [InlineData("password")]
    [InlineData("Password")]
    [InlineData("userPassword")]
    [InlineData("passwd")]
    [InlineData("PWD")]
    [InlineData("apiKey")]
    [InlineData("API-KEY")]
    [InlineData("api_key")]
    [InlineData("x_api_key")]
    [InlineData("X-Api-Key")]
    [InlineData("ConnectionString")]
    [InlineData("connection_string")]
    [InlineData("Connection String")]
    [InlineData("x-auth-token")]
    [InlineData("Authorization")]
    [InlineData("client_secret")]
    [InlineData("Set-Cookie")]
    [InlineData("SessionId")]
    [InlineData("private_key")]
    [InlineData("PrivateKey")]
    [InlineData("spring.datasource.password")]
    public void Sensitive_keys_match_whatever_their_case_and_separators(string key)
    {
        Assert.True(PrivacyPolicy.Default.IsSensitiveKey(key));
        Assert.True(PrivacyPolicy.Default.IsSensitiveKey(key), "cached verdict differs");
    }

    [Theory]
    [InlineData("orderId")]
    [InlineData("user")]
    [InlineData("items")]
    [InlineData("key")]
    [InlineData("")]
    [InlineData("api")]
    public void Ordinary_keys_are_not_sensitive(string key)
    {
        Assert.False(PrivacyPolicy.Default.IsSensitiveKey(key));
    }

    [Fact]
    public void Configured_keys_replace_the_defaults_and_are_normalised_too()
    {
        var policy = new PrivacyPolicy(new PrivacyConfig { RedactKeys = new[] { "Social-Security" } });

        Assert.True(policy.IsSensitiveKey("socialSecurityNumber"));
        Assert.False(policy.IsSensitiveKey("password"));
    }

    [Fact]
    public void Mask_is_redacted_when_hashing_is_off()
    {
        Assert.Equal("REDACTED", PrivacyPolicy.Default.Mask("hunter2"));
        Assert.Equal("REDACTED", PrivacyPolicy.Default.Mask(null));
    }

    [Fact]
    public void Mask_is_the_first_12_hex_digits_of_sha256_when_hashing_is_on()
    {
        var policy = new PrivacyPolicy(new PrivacyConfig { Hash = true });
        var expected = "sha256:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes("hunter2"))).Substring(0, 12).ToLowerInvariant();

        var masked = policy.Mask("hunter2");

        Assert.Equal(expected, masked);
        Assert.Matches(new Regex("^sha256:[0-9a-f]{12}$"), masked);
        Assert.NotEqual(masked, policy.Mask("hunter3"));
    }

    [Fact]
    public void Truncate_cuts_at_the_string_limit_with_a_visible_marker()
    {
        var policy = new PrivacyPolicy(new PrivacyConfig { StringLimit = 20 });

        Assert.Equal(new string('a', 20) + "… (truncated)", policy.Truncate(new string('a', 50)));
        Assert.Equal("short", policy.Truncate("short"));
    }

    [Fact]
    public void Truncate_never_splits_a_surrogate_pair()
    {
        var value = new string('a', 19) + "😀" + "tail";

        var cut = PrivacyPolicy.Truncate(value, 20, out var truncated);

        Assert.True(truncated);
        Assert.Equal(new string('a', 19) + "… (truncated)", cut);
    }

    [Fact]
    public void Lone_surrogates_become_replacement_characters()
    {
        Assert.Equal("a\uFFFDb\uFFFD", Utf16Text.Sanitize("a\uD800b\uDC00"));
        Assert.Equal("ok 😀", Utf16Text.Sanitize("ok 😀"));
    }

    [Fact]
    public void Protect_text_redacts_cuts_and_logs()
    {
        var policy = new PrivacyPolicy(new PrivacyConfig { StringLimit = 30 });
        var log = new RedactionLog();

        var reason = policy.ProtectText("password=hunter2 " + new string('x', 100), log, "reason");

        Assert.Equal("password=REDACTED xxxxxxxxxxxx… (truncated)", reason);
        Assert.Equal(new[] { "reason" }, log.Paths);
        Assert.True(log.Truncated);
    }

    [Fact]
    public void Protect_text_marks_a_huge_text_as_cut_even_when_redaction_shrank_it()
    {
        var policy = new PrivacyPolicy(new PrivacyConfig { StringLimit = 100 });
        var log = new RedactionLog();
        var pem = "-----BEGIN RSA PRIVATE KEY-----\n" + new string('A', 5000) + "\n-----END RSA PRIVATE KEY----- tail";

        var text = policy.ProtectText(pem, log, "reason");

        Assert.Equal("REDACTED… (truncated)", text);
        Assert.True(log.Truncated);
    }

    [Fact]
    public void Default_policy_is_reused_for_the_default_config()
    {
        Assert.Same(PrivacyPolicy.Default, PrivacyPolicy.For(new PrivacyConfig()));
        Assert.Same(PrivacyPolicy.Default, PrivacyPolicy.For(null));
        Assert.NotSame(PrivacyPolicy.Default, PrivacyPolicy.For(new PrivacyConfig { Hash = true }));
    }

    [Fact]
    public void Limits_below_their_minimum_are_raised()
    {
        var policy = new PrivacyPolicy(new PrivacyConfig { PayloadLimit = 0, StringLimit = -5 });

        Assert.Equal(64, policy.PayloadLimit);
        Assert.Equal(16, policy.StringLimit);
    }
}
