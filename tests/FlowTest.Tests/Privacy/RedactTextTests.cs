using FlowTest.Config;
using FlowTest.Privacy;

namespace FlowTest.Tests.Privacy;

public sealed class RedactTextTests
{
    private static string Redact(string text) => PrivacyPolicy.Default.RedactText(text);

    [Theory]
    [InlineData("user=bob password=hunter2 retry=3", "user=bob password=REDACTED retry=3")]
    [InlineData("retry with api_key: abc123 next", "retry with api_key: REDACTED next")]
    [InlineData("{\"user\":\"bob\",\"apiKey\":\"abc123\"}", "{\"user\":\"bob\",\"apiKey\":\"REDACTED\"}")]
    [InlineData("{ \"api key\" : \"abc123\" }", "{ \"api key\" : \"REDACTED\" }")]
    [InlineData("body={\\\"client_secret\\\":\\\"abc123\\\"}", "body={\\\"client_secret\\\":\\\"REDACTED\\\"}")]
    [InlineData("User { Name = bob, Password = hunter2 }", "User { Name = bob, Password = REDACTED }")]
    [InlineData("X-Auth-Token='abc 123' done", "X-Auth-Token='REDACTED' done")]
    [InlineData("note: password=hunter2", "note: password=REDACTED")]
    [InlineData("?page=2&access_token=abc123&sort=asc", "?page=2&access_token=REDACTED&sort=asc")]
    public void Pairs_with_sensitive_keys_lose_their_values(string text, string expected)
    {
        Assert.Equal(expected, Redact(text));
    }

    [Theory]
    [InlineData("Authorization: Digest username=\"bob\", nonce=\"x\"\nnext line", "Authorization: REDACTED\nnext line")]
    [InlineData("Cookie: sessionid=abc; theme=dark", "Cookie: REDACTED")]
    [InlineData("config:\n  token: abc def", "config:\n  token: REDACTED")]
    public void A_sensitive_header_or_yaml_line_loses_the_rest_of_the_line(string text, string expected)
    {
        Assert.Equal(expected, Redact(text));
    }

    [Fact]
    public void A_nested_object_under_a_sensitive_key_goes_whole()
    {
        Assert.Equal(
            "{\"auth\": REDACTED, \"id\": 1}",
            Redact("{\"auth\": {\"user\": \"bob\", \"pw\": \"x\"}, \"id\": 1}"));
    }

    [Theory]
    [InlineData("Server=db;User Id=sa;Password=my pass phrase;Database=shop", "Server=db;User Id=sa;Password=REDACTED;Database=shop")]
    [InlineData("Host=pg;Username=app;Pwd=abc=def;Database=shop", "Host=pg;Username=app;Pwd=REDACTED;Database=shop")]
    [InlineData("Driver={x};Uid=app;PWD={a;b}", "Driver={x};Uid=app;PWD=REDACTED")]
    [InlineData("AccountName=acct;AccountKey=abc+/==;EndpointSuffix=core.windows.net", "AccountName=acct;AccountKey=REDACTED;EndpointSuffix=core.windows.net")]
    public void Connection_string_passwords_are_redacted(string text, string expected)
    {
        Assert.Equal(expected, Redact(text));
    }

    [Fact]
    public void Connection_string_passwords_are_redacted_even_when_password_is_not_a_configured_key()
    {
        var policy = new PrivacyPolicy(new PrivacyConfig { RedactKeys = new[] { "ssn" } });

        Assert.Equal("Server=db;Password=REDACTED;", policy.RedactText("Server=db;Password=hunter2;"));
        Assert.Equal("label: password", policy.RedactText("label: password"));
    }

    [Theory]
    [InlineData("curl -H 'x: Bearer abcdefghij123'", "curl -H 'x: Bearer REDACTED'")]
    [InlineData("sent bearer abc.def-ghi_jkl~mno/pq= ok", "sent bearer REDACTED ok")]
    [InlineData("header Basic dXNlcjpwYXNzd29yZA== ok", "header Basic REDACTED ok")]
    public void Bearer_and_basic_credentials_are_redacted_inside_free_text(string text, string expected)
    {
        Assert.Equal(expected, Redact(text));
    }

    [Theory]
    [InlineData("Basic authentication failed")]
    [InlineData("the bearer of bad news")]
    [InlineData("Basic YWJjZGVmZ2g= is not user:pass")]
    [InlineData("at 10:00:00 the value was 3")]
    [InlineData("if (token == null) return;")]
    [InlineData("https://example.net/path?page=2")]
    public void Ordinary_text_is_left_alone(string text)
    {
        Assert.Equal(text, PrivacyPolicy.Default.RedactText(text, out var changed));
        Assert.False(changed);
    }

    [Fact]
    public void Jwts_are_redacted_whole_even_when_cut()
    {
        const string jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.c2lnbmF0dXJl";

        Assert.Equal("id REDACTED end", Redact("id " + jwt + " end"));
        Assert.Equal("id REDACTED", Redact("id " + jwt.Substring(0, 30)));
    }

    [Fact]
    public void Pem_private_key_blocks_are_redacted_whole()
    {
        const string text = "key:\n-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIabc\ndef==\n-----END EC PRIVATE KEY-----\nafter";

        Assert.Equal("key:\nREDACTED\nafter", Redact(text));
    }

    [Theory]
    [InlineData("PRIVATE KEY")]
    [InlineData("ENCRYPTED PRIVATE KEY")]
    [InlineData("RSA PRIVATE KEY")]
    [InlineData("OPENSSH PRIVATE KEY")]
    [InlineData("PGP PRIVATE KEY BLOCK")]
    public void Every_kind_of_pem_private_key_is_recognised(string label)
    {
        Assert.Equal("a REDACTED b", Redact("a -----BEGIN " + label + "-----\nMIIB\n-----END " + label + "----- b"));
    }

    [Fact]
    public void An_auth_scheme_value_keeps_its_credential_with_it()
    {
        Assert.Equal("auth=REDACTED next", Redact("auth=Bearer xyz next"));
    }

    [Fact]
    public void An_unterminated_pem_block_is_redacted_to_the_end()
    {
        Assert.Equal("k REDACTED", Redact("k -----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjE"));
    }

    [Fact]
    public void Public_keys_and_certificates_are_not_secrets()
    {
        const string text = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----";

        Assert.Equal(text, Redact(text));
    }

    [Theory]
    [InlineData("key AKIAIOSFODNN7EXAMPLE here", "key REDACTED here")]
    [InlineData("(ASIAIOSFODNN7EXAMPLE)", "(REDACTED)")]
    public void Aws_access_key_ids_are_redacted(string text, string expected)
    {
        Assert.Equal(expected, Redact(text));
    }

    [Theory]
    [InlineData("mongodb://app:s3cr3t@db:27017/shop", "mongodb://app:REDACTED@db:27017/shop")]
    [InlineData("clone https://deploy:p@ss@git.example.net/r.git", "clone https://deploy:REDACTED@git.example.net/r.git")]
    [InlineData("postgres://:onlypass@host/db", "postgres://:REDACTED@host/db")]
    public void Url_userinfo_passwords_are_redacted(string text, string expected)
    {
        Assert.Equal(expected, Redact(text));
    }

    [Fact]
    public void Redaction_is_idempotent()
    {
        const string text = "Authorization: Bearer abcdefghijkl\npassword=x Server=a;Pwd=b;";
        var once = Redact(text);

        Assert.Equal(once, PrivacyPolicy.Default.RedactText(once, out var changedAgain));
        Assert.False(changedAgain);
    }

    [Fact]
    public void Hash_mode_replaces_secrets_in_text_with_their_hash()
    {
        var policy = new PrivacyPolicy(new PrivacyConfig { Hash = true });

        Assert.Equal("password=" + policy.Mask("hunter2") + " ok", policy.RedactText("password=hunter2 ok"));
    }

    [Fact]
    public void Secret_shapes_are_recognised_as_secret_values()
    {
        Assert.True(PrivacyPolicy.Default.LooksLikeSecretValue("Bearer abcdefghijkl"));
        Assert.True(PrivacyPolicy.Default.LooksLikeSecretValue("AKIAIOSFODNN7EXAMPLE"));
        Assert.True(PrivacyPolicy.Default.LooksLikeSecretValue("Server=db;Password=x;"));
        Assert.False(PrivacyPolicy.Default.LooksLikeSecretValue("Server=db;Database=shop;"));
        Assert.False(PrivacyPolicy.Default.LooksLikeSecretValue("hello world"));
    }
}
