using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using FlowTest.Privacy;

namespace FlowTest.Tests.Privacy;

/// <summary>
/// The redaction regexes of the .NET 8+ library are source-generated (precompiled with the library,
/// nothing compiled in a test host when the recorder starts) and keep their match timeout.
/// </summary>
public sealed class PrivacyPatternsTests
{
    public static IEnumerable<object[]> Patterns() => new[]
    {
        new object[] { "PemPrivateKey", PrivacyPatterns.PemPrivateKey() },
        new object[] { "Jwt", PrivacyPatterns.Jwt() },
        new object[] { "AwsAccessKeyId", PrivacyPatterns.AwsAccessKeyId() },
        new object[] { "UrlUserInfo", PrivacyPatterns.UrlUserInfo() },
        new object[] { "BearerToken", PrivacyPatterns.BearerToken() },
        new object[] { "BasicCredentials", PrivacyPatterns.BasicCredentials() },
        new object[] { "KeyAndSeparator", PrivacyPatterns.KeyAndSeparator() },
    };

    [Theory]
    [MemberData(nameof(Patterns))]
    public void Each_pattern_is_source_generated_with_its_match_timeout(string name, Regex regex)
    {
        // A generated regex is a subclass emitted at compile time; one built at run time is a plain Regex.
        Assert.True(regex.GetType() != typeof(Regex), name + " is built at run time");
        Assert.False(regex.Options.HasFlag(RegexOptions.Compiled), name);
        Assert.True(regex.Options.HasFlag(RegexOptions.CultureInvariant), name);
        Assert.Equal(TimeSpan.FromMilliseconds(500), regex.MatchTimeout);
    }
}
