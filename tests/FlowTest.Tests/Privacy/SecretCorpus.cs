using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;

namespace FlowTest.Tests.Privacy;

/// <summary>
/// Secrets in every shape and place the privacy layer must handle (SPEC §6). Each secret is a
/// unique string containing <c>Corpus</c> + its number, so any output (a JSON value, a trace
/// file, a summary) can be searched for leaks with <see cref="FindLeaks"/>.
/// </summary>
/// <remarks>
/// <see cref="SecretValues"/> are the raw secret parts only (a password, not <c>Password=</c>), so
/// text around a secret is allowed to survive. Reuse it in any test that writes artifacts.
/// </remarks>
public static class SecretCorpus
{
    /// <summary>Length of the fragments <see cref="FindLeaks"/> looks for: catches half-redacted or cut secrets too.</summary>
    public const int FragmentLength = 10;

    // Under sensitive keys.
    public const string Password = "Corpus01-Pa55word!x";
    public const string UpperApiKey = "Corpus02ApiKeyQ9zX7";
    public const string CamelApiKey = "Corpus03apikeyLm4Np";
    public const string AuthTokenHeader = "Corpus04AuthTokRt5";
    public const string NestedSecret = "Corpus05NestedSecretKp8";
    public const string DictionaryClientSecret = "Corpus06DictSecretWv3";
    public const string ListItemToken = "Corpus07ListTokenHj2";
    public const string CookieValue = "Corpus08CookieSidTt6";
    public const string ConnectionStringProperty = "Corpus09CsPwdYy1";
    public const string PrivateKeyProperty = "Corpus10PrivKeyZz0";
    public const string RedactAttributeValue = "Corpus11RedactAttrBb4";
    public const string AuthorizationHeader = "Corpus12AuthzHdrCc5";
    public const string DeepPwd = "Corpus13DeepPwdDd6";
    public const string PairRefreshToken = "Corpus14RefreshTokEe7";
    public const string HashtableSession = "Corpus15SessionFf8";

    // Shapes under harmless keys.
    public const string SqlServerPassword = "Corpus16SqlPwdGg9";
    public const string PostgresPassword = "Corpus17PgPwdHh0";
    public const string MongoPassword = "Corpus18MongoPwdJj1";
    public const string BearerToken = "Corpus19BearerTokKk2abcdef";
    public const string JwtSignature = "Corpus20JwtSignatureLl3_xYz-Q";
    public const string RsaPemBody = "Corpus21RsaPemBodyMm4q9Zk1Vb7Tg2";
    public const string EcPemBody = "Corpus22EcPemBodyNn5Wd8Rf3Yh6";
    public const string OpenSshPemBody = "Corpus23OpenSshBodyPp6Ux4Ja9";
    public const string AwsAccessKeyId = "AKIACORPUS24XQ7RSTUV";
    public const string AwsSessionKeyId = "ASIACORPUS25YW8ABCDE";
    public const string BasicPassword = "Corpus26BasicPwdQq7";

    // In exception messages, test output and free text.
    public const string ExceptionPassword = "Corpus27ExcPwdRr8";
    public const string ExceptionConnectionPassword = "Corpus28ExcCsSs9";
    public const string OutputBearer = "Corpus29OutBearerTt0xyz";
    public const string JsonApiKey = "Corpus30JsonApiKeyUu1";
    public const string EscapedJsonSecret = "Corpus31EscSecretVv2";
    public const string CookieLine = "Corpus32CookieLineWw3";
    public const string YamlToken = "Corpus33YamlTokenXx4";
    public const string UrlPassword = "Corpus34UrlPwdYy5";
    public const string ReasonAwsKeyId = "AKIACORPUS35ZZ9ABCDE";
    public const string QueryApiKey = "Corpus36QueryKeyAa6";
    public const string AzureAccountKey = "Corpus37AzureKeyBb7+Xy/w==";
    public const string KeyBearer = "Corpus38KeyBearerCc8abc";
    public const string InnerJwtSignature = "Corpus39InnerJwtSigDd9";
    public const string JsonNodeSecret = "Corpus40JsonDomSecretEe0";

    public static readonly string Jwt = MakeJwt("corpus20", JwtSignature);
    public static readonly string InnerJwt = MakeJwt("corpus39", InnerJwtSignature);
    public static readonly string BasicCredentials = Convert.ToBase64String(Encoding.UTF8.GetBytes("corpus26user:" + BasicPassword));

    public static readonly string RsaPem = Pem("RSA PRIVATE KEY", "MIIEowIBAAKCAQEA" + RsaPemBody + "AbCdEf0123456789");
    public static readonly string EcPem = Pem("EC PRIVATE KEY", "MHcCAQEEI" + EcPemBody + "oAoGCCqGSM49AwEHoUQDQgAE");
    public static readonly string OpenSshPem = Pem("OPENSSH PRIVATE KEY", "b3BlbnNzaC1rZXktdjEAAAAA" + OpenSshPemBody + "BG5vbmUAAAAEbm9uZQ");

    /// <summary>Every raw secret part the corpus embeds; none may appear in redacted output.</summary>
    public static IReadOnlyList<string> SecretValues { get; } = new[]
    {
        Password, UpperApiKey, CamelApiKey, AuthTokenHeader, NestedSecret, DictionaryClientSecret, ListItemToken,
        CookieValue, ConnectionStringProperty, PrivateKeyProperty, RedactAttributeValue, AuthorizationHeader, DeepPwd,
        PairRefreshToken, HashtableSession, SqlServerPassword, PostgresPassword, MongoPassword, BearerToken, Jwt,
        RsaPemBody, EcPemBody, OpenSshPemBody, AwsAccessKeyId, AwsSessionKeyId, BasicCredentials, ExceptionPassword,
        ExceptionConnectionPassword, OutputBearer, JsonApiKey, EscapedJsonSecret, CookieLine, YamlToken, UrlPassword,
        ReasonAwsKeyId, QueryApiKey, AzureAccountKey, KeyBearer, InnerJwt, JsonNodeSecret,
    };

    /// <summary>Evidence objects in the shapes users pass to <c>Flow.Start</c>/<c>Checkpoint</c>/<c>Failure</c>.</summary>
    public static IReadOnlyList<object> EvidenceObjects() => new object[]
    {
        new { orderId = 7, Password, API_KEY = UpperApiKey, apiKey = CamelApiKey },
        new Dictionary<string, object?> { ["x-auth-token"] = AuthTokenHeader, ["client_secret"] = DictionaryClientSecret, ["count"] = 3 },
        new { user = new { name = "bob", credentials = new { secret = NestedSecret } } },
        new { items = new object[] { new { id = 1 }, new { id = 2, token = ListItemToken } } },
        new Dictionary<string, string> { ["Cookie"] = "sid=" + CookieValue, ["Accept"] = "application/json" },
        new { ConnectionString = "Server=db;Database=x;User Id=sa;Password=" + ConnectionStringProperty + ";", private_key = PrivateKeyProperty },
        new Customer { Name = "Ada", Ssn = RedactAttributeValue },
        (IReadOnlyDictionary<string, object>)new Dictionary<string, object> { ["Authorization"] = AuthorizationHeader },
        new { level1 = new { level2 = new { level3 = new { pwd = DeepPwd } } } },
        new[] { new KeyValuePair<string, string>("refresh_token", PairRefreshToken) },
        new Hashtable { ["SessionId"] = HashtableSession },
        new
        {
            Db = "Server=tcp:sql.example.net,1433;Initial Catalog=shop;User ID=app;Password=" + SqlServerPassword + ";Encrypt=True;",
            Pg = "Host=pg.example.net;Port=5432;Username=app;Pwd=" + PostgresPassword + ";Database=shop",
            Mongo = "mongodb://appuser:" + MongoPassword + "@mongo.example.net:27017/shop",
            Header = "Bearer " + BearerToken,
            Note = Jwt,
            Keys = new[] { RsaPem, EcPem, OpenSshPem },
            Aws = AwsAccessKeyId,
            AwsSession = "id=" + AwsSessionKeyId,
            Login = "Basic " + BasicCredentials,
        },
        new { error = Exceptions()[0], storage = "DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=" + AzureAccountKey + ";EndpointSuffix=core.windows.net" },
        new Dictionary<string, int> { ["Bearer " + KeyBearer] = 1 },
        new { body = JsonNode.Parse("{\"user\":\"bob\",\"auth\":{\"client_secret\":\"" + JsonNodeSecret + "\"}}") },
    };

    /// <summary>Reasons, test output lines and messages as the runtime receives them.</summary>
    public static IReadOnlyList<string> FreeTexts { get; } = new[]
    {
        "GET /api/orders -> 401\nAuthorization: Bearer " + OutputBearer,
        "request body {\"user\":\"bob\",\"api_key\":\"" + JsonApiKey + "\"}",
        "payload=\"{\\\"client_secret\\\":\\\"" + EscapedJsonSecret + "\\\"}\"",
        "Cookie: sessionid=" + CookieLine + "; theme=dark",
        "config:\n  endpoint: https://api.example.net\n  token: " + YamlToken,
        "fetching https://deploy:" + UrlPassword + "@git.example.net/repo.git",
        "uploading with key " + ReasonAwsKeyId + " failed",
        "GET https://api.example.net/v1/items?x-api-key=" + QueryApiKey + "&page=2",
        "login failed: password=" + ExceptionPassword + " for user=bob",
        "token " + Jwt + " expired; PEM follows\n" + RsaPem,
    };

    /// <summary>Exceptions whose messages carry secrets.</summary>
    public static IReadOnlyList<Exception> Exceptions() => new Exception[]
    {
        new InvalidOperationException("Login failed for user 'app': password=" + ExceptionPassword + " rejected"),
        new ArgumentException("Cannot open database: Server=x;User Id=sa;Password=" + ExceptionConnectionPassword + ";"),
        new UnauthorizedAccessException("token " + InnerJwt + " is not valid for this audience"),
    };

    /// <summary>The secrets (whole, or any <see cref="FragmentLength"/>-character piece) found in <paramref name="output"/>.</summary>
    public static IReadOnlyList<string> FindLeaks(string output) =>
        SecretValues.Where(secret => Fragments(secret).Any(fragment => output.IndexOf(fragment, StringComparison.Ordinal) >= 0)).ToList();

    private static IEnumerable<string> Fragments(string secret)
    {
        if (secret.Length <= FragmentLength)
        {
            yield return secret;
            yield break;
        }

        for (var i = 0; i + FragmentLength <= secret.Length; i++)
        {
            yield return secret.Substring(i, FragmentLength);
        }
    }

    private static string MakeJwt(string subject, string signature)
    {
        static string Encode(string json) => Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return Encode("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "." + Encode("{\"sub\":\"" + subject + "\",\"iat\":1700000000}") + "." + signature;
    }

    private static string Pem(string label, string body) =>
        "-----BEGIN " + label + "-----\n" + body + "\nAAAAB3NzaC1yc2EAAAADAQABAAABAQ==\n-----END " + label + "-----";

    /// <summary>A POCO with a <c>[Redact]</c> member whose name says nothing.</summary>
    public sealed class Customer
    {
        public string Name { get; set; } = string.Empty;

        [Redact]
        public string Ssn { get; set; } = string.Empty;
    }
}
