using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using FlowTest.Config;
using FlowTest.Privacy;

namespace FlowTest.Tests.Privacy;

public sealed class EvidenceWriterSafetyTests
{
    [Fact]
    public void Cycles_are_cut_with_a_marker()
    {
        var node = new Node { Name = "a" };
        node.Next = node;
        var list = new List<object>();
        list.Add(list);

        var json = EvidenceJson.Write(new { node, list });

        Assert.Equal("{\"node\":{\"Name\":\"a\",\"Next\":\"<cycle>\"},\"list\":[\"<cycle>\"]}", json);
    }

    [Fact]
    public void A_shared_reference_that_is_not_a_cycle_is_written_twice()
    {
        var shared = new { id = 1 };

        Assert.Equal("{\"a\":{\"id\":1},\"b\":{\"id\":1}}", EvidenceJson.Write(new { a = shared, b = shared }));
    }

    [Fact]
    public void Throwing_getters_become_error_markers_and_the_rest_is_written()
    {
        var json = EvidenceJson.Write(new Throwing());

        Assert.Equal("{\"Before\":1,\"Broken\":\"<error: InvalidOperationException>\",\"After\":2}", json);
    }

    [Fact]
    public void Throwing_enumerations_end_the_collection_with_an_error_marker()
    {
        var json = EvidenceJson.Write(new { items = new FailingSequence(), map = new FailingDictionary() });

        Assert.Equal("{\"items\":[1,\"<error: IOException>\"],\"map\":{\"_error\":\"<error: NotSupportedException>\"}}", json);
    }

    [Fact]
    public void Deep_nesting_stops_at_the_depth_limit()
    {
        object deep = "bottom";
        for (var i = 0; i < 10; i++)
        {
            deep = new { inner = deep };
        }

        var json = EvidenceJson.Write(deep, out var log);

        Assert.Equal(PrivacyPolicy.MaxDepth, json.Split("inner").Length - 1);
        Assert.Contains("\"<depth limit>\"", json, StringComparison.Ordinal);
        Assert.True(log.Truncated);
    }

    [Fact]
    public void Big_collections_show_the_first_items_and_how_many_more()
    {
        var json = EvidenceJson.Write(new { list = Enumerable.Range(0, 100).ToList(), lazy = Enumerable.Range(0, 100).Select(i => i) }, out var log);
        var element = EvidenceJson.Parse(json);

        var list = element.GetProperty("list").EnumerateArray().ToList();
        Assert.Equal(PrivacyPolicy.MaxItems + 1, list.Count);
        Assert.Equal("… (80 more)", list[^1].GetString());
        Assert.Equal("… (more)", element.GetProperty("lazy").EnumerateArray().Last().GetString());
        Assert.True(log.Truncated);
    }

    [Fact]
    public void Big_dictionaries_show_the_first_entries_and_how_many_more()
    {
        var map = Enumerable.Range(0, 50).ToDictionary(i => "k" + i, i => i);

        var element = EvidenceJson.Parse(EvidenceJson.Write(map));

        Assert.Equal(PrivacyPolicy.MaxItems + 1, element.EnumerateObject().Count());
        Assert.Equal("… (30 more)", element.GetProperty("_more").GetString());
    }

    [Fact]
    public void Huge_strings_are_cut_to_the_string_limit()
    {
        var json = EvidenceJson.Write(new { text = new string('x', 1_000_000) }, out var log);
        var text = EvidenceJson.Parse(json).GetProperty("text").GetString()!;

        Assert.Equal(new string('x', PrivacyPolicy.Default.StringLimit) + "… (truncated)", text);
        Assert.True(log.Truncated);
    }

    [Fact]
    public void Control_characters_are_escaped_so_a_trace_line_stays_one_line()
    {
        var json = EvidenceJson.Write(new { text = "a\nb\r\tc\0d\u001b[31m" });

        Assert.DoesNotContain('\n', json);
        Assert.DoesNotContain('\r', json);
        Assert.DoesNotContain('\0', json);
        Assert.Equal("a\nb\r\tc\0d\u001b[31m", EvidenceJson.Parse(json).GetProperty("text").GetString());
    }

    [Fact]
    public void Invalid_utf16_is_replaced_instead_of_failing_the_writer()
    {
        var json = EvidenceJson.Write(new { text = "a\uD800b", c = '\uDC00', pair = "😀" }, out _, encoder: JavaScriptEncoder.Default);
        var element = EvidenceJson.Parse(json);

        Assert.Equal("a\uFFFDb", element.GetProperty("text").GetString());
        Assert.Equal("\uFFFD", element.GetProperty("c").GetString());
        Assert.Equal("😀", element.GetProperty("pair").GetString());
    }

    [Fact]
    public void Invalid_utf16_in_dictionary_keys_is_replaced()
    {
        var json = EvidenceJson.Write(new Dictionary<string, int> { ["k\uDBFF"] = 1 });

        Assert.Equal(1, EvidenceJson.Parse(json).GetProperty("k\uFFFD").GetInt32());
    }

    [Theory]
    [InlineData(256)]
    [InlineData(1024)]
    [InlineData(2048)]
    public void The_payload_limit_cuts_with_a_marker_and_keeps_valid_json(int limit)
    {
        var policy = new PrivacyPolicy(new PrivacyConfig { PayloadLimit = limit });
        var evidence = new
        {
            id = 1,
            rows = Enumerable.Range(0, 20).Select(i => new { row = i, label = new string('r', 60) }).ToList(),
            tail = new string('t', 400),
            map = Enumerable.Range(0, 20).ToDictionary(i => "key" + i, i => new string('m', 80)),
        };

        var json = EvidenceJson.Write(evidence, out var log, policy);

        Assert.True(Encoding.UTF8.GetByteCount(json) <= limit + 32, Encoding.UTF8.GetByteCount(json) + " bytes: " + json);
        Assert.Contains("… (truncated)", json, StringComparison.Ordinal);
        Assert.True(log.Truncated);
        EvidenceJson.Parse(json);
    }

    [Fact]
    public void A_member_cut_by_the_payload_limit_is_marked_in_its_object()
    {
        var policy = new PrivacyPolicy(new PrivacyConfig { PayloadLimit = 100 });

        var element = EvidenceJson.Parse(EvidenceJson.Write(new { a = new string('a', 50), b = new string('b', 50), c = 1 }, policy));

        Assert.Equal("… (truncated)", element.GetProperty("_truncated").GetString());
        Assert.False(element.TryGetProperty("c", out _));
    }

    [Fact]
    public void The_payload_limit_holds_for_text_that_escaping_makes_longer()
    {
        var policy = new PrivacyPolicy(new PrivacyConfig { PayloadLimit = 300 });

        var json = EvidenceJson.Write(new { text = new string('é', 400) + new string('<', 400) }, out _, policy, JavaScriptEncoder.Default);

        Assert.True(Encoding.UTF8.GetByteCount(json) <= 300 + 32, json);
        Assert.EndsWith("… (truncated)", EvidenceJson.Parse(json).GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_thrown_by_evidence_reaches_the_caller()
    {
        var nasty = new object?[]
        {
            new Throwing(), new FailingSequence(), new FailingDictionary(), new ThrowingToStringKey(), new SpanHolder(),
            new ThrowingMessageException(), new object[] { null!, new int[0, 0], new int[2, 2] }, Array.Empty<object>(),
        };

        foreach (var value in nasty)
        {
            var json = EvidenceJson.Write(value);
            EvidenceJson.Parse(json);
        }
    }

    [Fact]
    public void Ref_struct_members_are_written_as_their_type()
    {
        Assert.Equal("{\"Text\":\"<System.ReadOnlySpan<System.Char>>\",\"Id\":1}", EvidenceJson.Write(new SpanHolder()));
    }

    [Fact]
    public void A_getter_that_writes_evidence_itself_does_not_corrupt_the_outer_write()
    {
        var json = EvidenceJson.Write(new { outer = 1, inner = new Reentrant(), after = 2 });

        Assert.Equal("{\"outer\":1,\"inner\":{\"Nested\":\"{\\\"token\\\":\\\"REDACTED\\\"}\"},\"after\":2}", json);
    }

    [Fact]
    public void Evidence_is_written_into_an_array_or_at_the_top_level_as_one_value()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartArray();
            EvidenceWriter.Write(writer, new { a = 1 }, PrivacyPolicy.Default, new RedactionLog());
            EvidenceWriter.Write(writer, "s", PrivacyPolicy.Default, new RedactionLog());
            EvidenceWriter.Write(writer, null, PrivacyPolicy.Default, new RedactionLog());
            writer.WriteEndArray();
        }

        Assert.Equal("[{\"a\":1},\"s\",null]", Encoding.UTF8.GetString(stream.ToArray()));
    }

    private sealed class Node
    {
        public string Name { get; set; } = string.Empty;

        public Node? Next { get; set; }
    }

    private sealed class Throwing
    {
        public int Before => 1;

        public string Broken => throw new InvalidOperationException("password=hunter2");

        public int After => 2;
    }

    private sealed class FailingSequence : IEnumerable<int>
    {
        public IEnumerator<int> GetEnumerator()
        {
            yield return 1;
            throw new IOException("disk gone");
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }

    private sealed class FailingDictionary : IReadOnlyDictionary<string, int>
    {
        public int Count => 1;

        public IEnumerable<string> Keys => throw new NotSupportedException();

        public IEnumerable<int> Values => throw new NotSupportedException();

        public int this[string key] => throw new NotSupportedException();

        public bool ContainsKey(string key) => false;

        public bool TryGetValue(string key, out int value) => throw new NotSupportedException();

        public IEnumerator<KeyValuePair<string, int>> GetEnumerator() => throw new NotSupportedException();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }

    private sealed class ThrowingToStringKey
    {
        public Dictionary<Key, int> Map { get; } = new() { [new Key()] = 1 };

        public sealed class Key
        {
            public override string ToString() => throw new FormatException();
        }
    }

    private sealed class SpanHolder
    {
        public ReadOnlySpan<char> Text => "abc".AsSpan();

        public int Id => 1;
    }

    private sealed class ThrowingMessageException : Exception
    {
        public override string Message => throw new InvalidOperationException();
    }

    private sealed class Reentrant
    {
        public string Nested => EvidenceJson.Write(new { token = "x" });
    }
}
