using System;
using System.Collections;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Encodings.Web;
using FlowTest.Config;
using FlowTest.Privacy;

namespace FlowTest.Tests.Privacy;

public sealed class SecretCorpusTests
{
    private static readonly PrivacyPolicy HashingRoomy = new(new PrivacyConfig { PayloadLimit = 1 << 20, StringLimit = 100_000, Hash = true });

    [Fact]
    public void Corpus_holds_at_least_thirty_distinct_secrets()
    {
        Assert.True(SecretCorpus.SecretValues.Count >= 30);
        Assert.Equal(SecretCorpus.SecretValues.Count, SecretCorpus.SecretValues.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Raw_corpus_material_contains_every_secret()
    {
        // Without this the leak tests below could pass because the corpus embeds nothing.
        var raw = RawCorpusText();

        Assert.Equal(SecretCorpus.SecretValues, SecretCorpus.FindLeaks(raw));
    }

    [Fact]
    public void Leak_detector_reports_a_secret_that_was_only_partly_replaced()
    {
        var halfRedacted = "password=" + SecretCorpus.Password.Substring(0, 12) + "REDACTED";

        Assert.Equal(new[] { SecretCorpus.Password }, SecretCorpus.FindLeaks(halfRedacted));
    }

    [Fact]
    public void Evidence_writer_leaks_no_corpus_secret()
    {
        var output = WriteAll(EvidenceJson.Roomy, JavaScriptEncoder.UnsafeRelaxedJsonEscaping);

        Assert.Empty(SecretCorpus.FindLeaks(output));
    }

    [Fact]
    public void Evidence_writer_leaks_no_corpus_secret_with_the_default_policy_and_encoder()
    {
        // The default encoder escapes '+', '<' and non-ASCII: check the decoded strings, not the bytes.
        var output = WriteAll(PrivacyPolicy.Default, encoder: null);

        Assert.Empty(SecretCorpus.FindLeaks(output));
    }

    [Fact]
    public void Evidence_writer_leaks_no_corpus_secret_in_hash_mode()
    {
        var output = WriteAll(HashingRoomy, JavaScriptEncoder.UnsafeRelaxedJsonEscaping);

        Assert.Empty(SecretCorpus.FindLeaks(output));
        Assert.Contains("sha256:", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_corpus_evidence_object_reports_redacted_paths()
    {
        foreach (var evidence in SecretCorpus.EvidenceObjects())
        {
            EvidenceJson.Write(evidence, out var log, EvidenceJson.Roomy);

            Assert.False(log.IsEmpty, "nothing redacted in " + evidence.GetType().Name);
        }
    }

    [Fact]
    public void Free_text_redaction_leaks_no_corpus_secret()
    {
        foreach (var text in SecretCorpus.FreeTexts)
        {
            var redacted = PrivacyPolicy.Default.RedactText(text, out var changed);

            Assert.True(changed, text);
            Assert.Empty(SecretCorpus.FindLeaks(redacted));
        }
    }

    [Fact]
    public void Exception_messages_lose_their_secrets_as_text_and_as_evidence()
    {
        foreach (var exception in SecretCorpus.Exceptions())
        {
            var log = new RedactionLog();
            var message = PrivacyPolicy.Default.ProtectText(exception.Message, log, "exception.message");
            var evidence = EvidenceJson.Write(exception);

            Assert.Empty(SecretCorpus.FindLeaks(message));
            Assert.Empty(SecretCorpus.FindLeaks(evidence));
            Assert.Equal(new[] { "exception.message" }, log.Paths);
        }
    }

    private static string WriteAll(PrivacyPolicy policy, JavaScriptEncoder? encoder)
    {
        var all = new StringBuilder();
        foreach (var evidence in SecretCorpus.EvidenceObjects().Concat(SecretCorpus.FreeTexts).Concat(SecretCorpus.Exceptions()))
        {
            var json = EvidenceJson.Write(evidence, out _, policy, encoder);
            all.AppendLine(DecodedStrings(json));
        }

        return all.ToString();
    }

    private static string DecodedStrings(string json)
    {
        var text = new StringBuilder();
        Collect(EvidenceJson.Parse(json), text);
        return text.ToString();
    }

    private static void Collect(System.Text.Json.JsonElement element, StringBuilder text)
    {
        switch (element.ValueKind)
        {
            case System.Text.Json.JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    text.Append(property.Name).Append('\n');
                    Collect(property.Value, text);
                }

                break;
            case System.Text.Json.JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, text);
                }

                break;
            default:
                text.Append(element.ToString()).Append('\n');
                break;
        }
    }

    /// <summary>Everything the corpus holds, dumped with no privacy at all: the oracle for the sanity check.</summary>
    private static string RawCorpusText()
    {
        var text = new StringBuilder();
        foreach (var evidence in SecretCorpus.EvidenceObjects())
        {
            Dump(evidence, text, 0);
        }

        foreach (var line in SecretCorpus.FreeTexts)
        {
            text.Append(line).Append('\n');
        }

        foreach (var exception in SecretCorpus.Exceptions())
        {
            text.Append(exception.Message).Append('\n');
        }

        return text.ToString();
    }

    private static void Dump(object? value, StringBuilder text, int depth)
    {
        switch (value)
        {
            case null:
                return;
            case string s:
                text.Append(s).Append('\n');
                return;
            case Exception e:
                text.Append(e.Message).Append('\n');
                return;
            case System.Text.Json.Nodes.JsonNode node:
                text.Append(node.ToJsonString()).Append('\n');
                return;
            case DictionaryEntry entry:
                Dump(entry.Key, text, depth + 1);
                Dump(entry.Value, text, depth + 1);
                return;
            case IEnumerable sequence:
                foreach (var item in sequence)
                {
                    Dump(item, text, depth + 1);
                }

                return;
        }

        if (depth > 10 || value.GetType().IsPrimitive)
        {
            return;
        }

        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length == 0)
            {
                Dump(property.GetValue(value), text, depth + 1);
            }
        }
    }
}
