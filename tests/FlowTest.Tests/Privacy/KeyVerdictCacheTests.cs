using FlowTest.Config;
using FlowTest.Privacy;

namespace FlowTest.Tests.Privacy;

/// <summary>The key verdict caches (by reference, then by text) never change a verdict.</summary>
public sealed class KeyVerdictCacheTests
{
    [Fact]
    public void A_key_asked_again_by_the_same_or_an_equal_string_gets_the_same_verdict()
    {
        var policy = new PrivacyPolicy(new PrivacyConfig());
        const string secret = "client_secret";
        const string harmless = "display_name";

        for (var i = 0; i < 3; i++)
        {
            Assert.True(policy.IsSensitiveKey(secret));
            Assert.False(policy.IsSensitiveKey(harmless));
            Assert.True(policy.IsSensitiveKey(new string(secret.ToCharArray())));
            Assert.False(policy.IsSensitiveKey(new string(harmless.ToCharArray())));
        }
    }

    [Fact]
    public void Verdicts_stay_right_past_the_caches_bounds()
    {
        var policy = new PrivacyPolicy(new PrivacyConfig());
        for (var i = 0; i < 5000; i++)
        {
            Assert.False(policy.IsSensitiveKey("field_" + i));
        }

        Assert.True(policy.IsSensitiveKey("password_after_many"));
        Assert.True(policy.IsSensitiveKey("password_after_many"));
        Assert.False(policy.IsSensitiveKey("field_4999"));
    }

    [Fact]
    public void Each_policy_keeps_its_own_verdicts()
    {
        var custom = new PrivacyPolicy(new PrivacyConfig { RedactKeys = new[] { "display" } });
        const string key = "display_name";

        Assert.False(PrivacyPolicy.Default.IsSensitiveKey(key));
        Assert.True(custom.IsSensitiveKey(key));
        Assert.False(PrivacyPolicy.Default.IsSensitiveKey(key));
    }
}
