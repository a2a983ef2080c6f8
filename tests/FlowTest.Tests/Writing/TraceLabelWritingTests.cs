using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using System.Text.Json;
using FlowTest.Context;
using FlowTest.Tests.Infrastructure;

namespace FlowTest.Tests.Writing;

/// <summary>
/// Tags and correlation of <c>flow.started</c> as written: the writer caches per-key facts and the
/// values that passed redaction, and none of that may change what a line says.
/// </summary>
public sealed class TraceLabelWritingTests
{
    private const string Bearer = "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2lnbmF0dXJlLXNpZ25hdHVyZQ";

    [Fact]
    public void A_key_whose_earlier_value_passed_still_has_a_secret_value_redacted_and_listed()
    {
        var lines = Write(
            (new Dictionary<string, string> { ["note"] = "plain words" }, null),
            (new Dictionary<string, string> { ["note"] = "token " + Bearer }, null));

        Assert.Equal("plain words", Tags(lines[0])["note"]);
        Assert.False(lines[0].TryGetProperty("redacted_fields", out _));
        Assert.DoesNotContain("eyJhbGci", Tags(lines[1])["note"]);
        Assert.Contains("REDACTED", Tags(lines[1])["note"]);
        Assert.Equal(new[] { "tags.note" }, RedactedFields(lines[1]));
    }

    [Fact]
    public void A_value_that_passed_once_is_written_the_same_when_the_same_string_comes_again()
    {
        var shared = "Suite.Tests0001";
        var lines = Write(
            (new Dictionary<string, string> { ["class"] = shared }, new Dictionary<string, string> { ["class"] = shared }),
            (new Dictionary<string, string> { ["class"] = shared }, null));

        Assert.All(lines, line => Assert.Equal(shared, Tags(line)["class"]));
        Assert.Equal(shared, lines[0].GetProperty("correlation").GetProperty("class").GetString());
        Assert.All(lines, line => Assert.False(line.TryGetProperty("redacted_fields", out _)));
    }

    [Fact]
    public void A_value_that_passed_under_a_harmless_key_is_still_masked_under_a_sensitive_key()
    {
        var shared = "not-a-secret-shape";
        var lines = Write(
            (new Dictionary<string, string> { ["note"] = shared }, null),
            (new Dictionary<string, string> { ["api_key"] = shared }, new Dictionary<string, string> { ["password"] = shared }));

        Assert.Equal(shared, Tags(lines[0])["note"]);
        Assert.Equal("REDACTED", Tags(lines[1])["api_key"]);
        Assert.Equal("REDACTED", lines[1].GetProperty("correlation").GetProperty("password").GetString());
        Assert.Equal(new[] { "tags.api_key", "correlation.password" }, RedactedFields(lines[1]));
    }

    [Fact]
    public void Sensitive_keys_are_masked_every_time_they_are_seen()
    {
        var lines = Write(
            (new Dictionary<string, string> { ["X-API-KEY"] = "one" }, null),
            (new Dictionary<string, string> { ["X-API-KEY"] = "two" }, null));

        Assert.All(lines, line => Assert.Equal("REDACTED", Tags(line)["X-API-KEY"]));
        Assert.All(lines, line => Assert.Equal(new[] { "tags.X-API-KEY" }, RedactedFields(line)));
    }

    [Fact]
    public void A_long_value_is_cut_each_time_it_is_written()
    {
        var text = new string('x', 600);
        var lines = Write(
            (new Dictionary<string, string> { ["note"] = text }, null),
            (new Dictionary<string, string> { ["note"] = text }, null));

        Assert.All(lines, line => Assert.EndsWith("… (truncated)", Tags(line)["note"]));
        Assert.All(lines, line => Assert.Equal(512 + "… (truncated)".Length, Tags(line)["note"].Length));
    }

    [Fact]
    public void Keys_are_escaped_as_before_and_labels_keep_their_order_whatever_the_dictionary_type()
    {
        var readOnly = new ReadOnlyDictionary<string, string>(new Dictionary<string, string> { ["zeta"] = "1", ["alpha"] = "2" });
        using var recorder = new TestRecorder();
        recorder.Recorder.StartFlow("labels", "api", null, "M", "/repo/src/File.cs", 1, tags: new Dictionary<string, string> { ["clé \"q\"\n"] = "v<>&" }, correlation: readOnly).Dispose();

        var line = recorder.Flushed().Lines.Single(l => l.Contains("flow.started"));

        Assert.Contains("\"tags\":{\"clé \\\"q\\\"\\n\":\"v<>&\"},\"correlation\":{\"zeta\":\"1\",\"alpha\":\"2\"}", line);
    }

    [Fact]
    public void Test_flow_labels_are_written_in_order_with_sensitive_keys_masked()
    {
        var tags = new LabelMap(new[] { new KeyValuePair<string, string>("assembly", "Shop.Tests"), new KeyValuePair<string, string>("api_key", "s3cr3t-value"), new KeyValuePair<string, string>("class", "OrderTests") }, 3);
        using var recorder = new TestRecorder();
        recorder.Recorder.StartFlow("labels", "nunit", null, "M", "/repo/src/File.cs", 1, tags: tags, correlation: LabelMap.Of("test_case_id", "0-1001")).Dispose();

        var line = recorder.Flushed().Events.Single(e => e.GetProperty("event").GetString() == "flow.started");

        Assert.Equal(new[] { "assembly", "api_key", "class" }, Tags(line).Keys);
        Assert.Equal("Shop.Tests", Tags(line)["assembly"]);
        Assert.DoesNotContain("s3cr3t", Tags(line)["api_key"], StringComparison.Ordinal);
        Assert.Equal(new[] { "tags.api_key" }, RedactedFields(line));
        Assert.Equal("0-1001", line.GetProperty("correlation").GetProperty("test_case_id").GetString());
    }

    private static IReadOnlyList<JsonElement> Write(params (Dictionary<string, string> Tags, Dictionary<string, string>? Correlation)[] flows)
    {
        using var recorder = new TestRecorder();
        foreach (var (tags, correlation) in flows)
        {
            recorder.Recorder.StartFlow("labels", "api", null, "M", "/repo/src/File.cs", 1, tags: tags, correlation: correlation).Dispose();
        }

        return recorder.Flushed().Events.Where(e => e.GetProperty("event").GetString() == "flow.started").ToList();
    }

    private static Dictionary<string, string> Tags(JsonElement line) =>
        line.GetProperty("tags").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);

    private static string[] RedactedFields(JsonElement line) =>
        line.GetProperty("redacted_fields").EnumerateArray().Select(e => e.GetString()!).ToArray();
}
