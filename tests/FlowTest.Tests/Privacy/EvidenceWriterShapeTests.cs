using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using FlowTest.Config;
using FlowTest.Privacy;

namespace FlowTest.Tests.Privacy;

public sealed class EvidenceWriterShapeTests
{
    private enum Color
    {
        Red,
        Green,
    }

    [Fact]
    public void Scalars_are_written_as_json_values_or_invariant_strings()
    {
        var json = EvidenceJson.Write(new
        {
            i = 7,
            l = -9_000_000_000L,
            u = ulong.MaxValue,
            b = true,
            d = 1.5,
            nan = double.NaN,
            inf = float.PositiveInfinity,
            m = 12.50m,
            c = 'x',
            s = "text",
            e = Color.Green,
            dt = new DateTime(2026, 11, 22, 10, 0, 0, DateTimeKind.Utc),
            dto = new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.FromHours(2)),
            ts = TimeSpan.FromMilliseconds(1500),
            g = new Guid("0af76519-16cd-43dd-8448-eb211c80319c"),
            uri = new Uri("https://example.net/a?b=1"),
            v = new Version(1, 2, 3),
            n = (string?)null,
        });

        Assert.Equal(
            "{\"i\":7,\"l\":-9000000000,\"u\":18446744073709551615,\"b\":true,\"d\":1.5,\"nan\":\"NaN\",\"inf\":\"Infinity\","
            + "\"m\":12.50,\"c\":\"x\",\"s\":\"text\",\"e\":\"Green\",\"dt\":\"2026-11-22T10:00:00.0000000Z\","
            + "\"dto\":\"2026-11-22T10:00:00.0000000+02:00\",\"ts\":\"00:00:01.5000000\",\"g\":\"0af76519-16cd-43dd-8448-eb211c80319c\","
            + "\"uri\":\"https://example.net/a?b=1\",\"v\":\"1.2.3\",\"n\":null}",
            json);
    }

    [Fact]
    public void Bytes_types_and_opaque_values_are_summarised()
    {
        using var stream = new MemoryStream();
        var json = EvidenceJson.Write(new
        {
            data = new byte[42],
            type = typeof(List<string>),
            stream,
            task = Task.FromResult(1),
            callback = (Action)(() => { }),
            handle = IntPtr.Zero,
            token = CancellationToken.None,
        });

        Assert.Equal(
            "{\"data\":\"<42 bytes>\",\"type\":\"System.Collections.Generic.List<System.String>\",\"stream\":\"<System.IO.MemoryStream>\","
            + "\"task\":\"<System.Threading.Tasks.Task<System.Int32>>\",\"callback\":\"<System.Action>\",\"handle\":\"<System.IntPtr>\","
            + "\"token\":\"REDACTED\"}",
            json);
    }

    [Fact]
    public void Queryables_are_never_enumerated_but_lazy_sequences_are()
    {
        var enumerated = 0;
        var lazy = Enumerable.Range(0, 3).Select(i => enumerated++);
        var query = new CountingSequence().AsQueryable();

        var json = EvidenceJson.Write(new { lazy, query });

        Assert.Equal(3, enumerated);
        Assert.Equal(0, CountingSequence.Enumerations);
        Assert.StartsWith("{\"lazy\":[0,1,2],\"query\":\"<System.Linq.", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_dom_values_are_written_as_their_json_with_sensitive_keys_masked()
    {
        const string body = "{\"id\":12.50,\"ok\":true,\"none\":null,\"password\":\"x\",\"list\":[1,\"Bearer abcdefghijkl\"]}";
        using var document = JsonDocument.Parse(body);

        var json = EvidenceJson.Write(new { element = document.RootElement, document, node = JsonNode.Parse(body) }, out var log);

        const string expected = "{\"id\":12.50,\"ok\":true,\"none\":null,\"password\":\"REDACTED\",\"list\":[1,\"Bearer REDACTED\"]}";
        Assert.Equal("{\"element\":" + expected + ",\"document\":" + expected + ",\"node\":" + expected + "}", json);
        Assert.Contains("payload.node.list[1]", log.Paths);
    }

    [Fact]
    public void A_disposed_json_document_becomes_an_error_marker()
    {
        var document = JsonDocument.Parse("{}");
        document.Dispose();

        Assert.Equal("{\"d\":\"<error: ObjectDisposedException>\"}", EvidenceJson.Write(new { d = document }));
    }

    [Fact]
    public void Dictionaries_of_every_kind_are_objects_with_redacted_sensitive_keys()
    {
        var generic = new Dictionary<string, object?> { ["user"] = "bob", ["password"] = "x" };
        IReadOnlyDictionary<string, int> readOnly = new ReadOnlyDictionary<string, int>(new Dictionary<string, int> { ["apiKey"] = 1, ["n"] = 2 });
        var plain = new Hashtable { ["Secret"] = "x" };
        var pairs = new List<KeyValuePair<string, string>> { new("token", "x"), new("id", "1") };
        var intKeys = new SortedDictionary<int, string> { [1] = "one" };

        var json = EvidenceJson.Write(new { generic, readOnly, plain, pairs, intKeys, single = new KeyValuePair<string, int>("pwd", 5) }, out var log);

        Assert.Equal(
            "{\"generic\":{\"user\":\"bob\",\"password\":\"REDACTED\"},\"readOnly\":{\"apiKey\":\"REDACTED\",\"n\":2},"
            + "\"plain\":{\"Secret\":\"REDACTED\"},\"pairs\":{\"token\":\"REDACTED\",\"id\":\"1\"},\"intKeys\":{\"1\":\"one\"},"
            + "\"single\":{\"pwd\":\"REDACTED\"}}",
            json);
        Assert.Equal(
            new[] { "payload.generic.password", "payload.readOnly.apiKey", "payload.plain.Secret", "payload.pairs.token", "payload.single.pwd" },
            log.Paths);
    }

    [Fact]
    public void Sensitive_keys_mask_whole_nested_values_and_leave_nulls()
    {
        var json = EvidenceJson.Write(new { credentials = new { user = "bob" }, token = (string?)null, secretCount = 3 });

        Assert.Equal("{\"credentials\":{\"user\":\"bob\"},\"token\":null,\"secretCount\":\"REDACTED\"}", json);
        Assert.Equal("{\"auth\":\"REDACTED\"}", EvidenceJson.Write(new { auth = new { user = "bob", list = new[] { 1 } } }));
    }

    [Fact]
    public void Redacted_paths_name_members_and_list_indexes()
    {
        EvidenceJson.Write(
            new { user = new { password = "x" }, items = new object[] { 1, 2, new { token = "t" } }, note = "Bearer abcdefghijkl" },
            out var log);

        Assert.Equal(new[] { "payload.user.password", "payload.items[2].token", "payload.note" }, log.Paths);
    }

    [Fact]
    public void Strings_under_harmless_keys_lose_only_their_secret_parts()
    {
        var json = EvidenceJson.Write(new { db = "Server=db;Password=hunter2;Database=shop", header = "Bearer abcdefghijkl" });

        Assert.Equal("{\"db\":\"Server=db;Password=REDACTED;Database=shop\",\"header\":\"Bearer REDACTED\"}", json);
    }

    [Fact]
    public void Hash_mode_hashes_scalars_and_redacts_objects()
    {
        var policy = new PrivacyPolicy(new PrivacyConfig { Hash = true });

        var json = EvidenceJson.Write(new { password = "hunter2", pin_token = 1234, auth = new { a = 1 } }, policy);

        Assert.Equal(
            "{\"password\":\"" + policy.Mask("hunter2") + "\",\"pin_token\":\"" + policy.Mask("1234") + "\",\"auth\":\"REDACTED\"}",
            json);
    }

    [Fact]
    public void Named_values_are_an_object_whose_redact_flags_mask_and_list_a_value_whatever_its_key()
    {
        var evidence = new NamedValues(new[] { "note", "id", "password" }, new[] { true, false, false }, new object?[] { "hunter2", 7, "pw" });

        var json = EvidenceJson.Write(evidence, out var log);

        Assert.Equal("{\"note\":\"REDACTED\",\"id\":7,\"password\":\"REDACTED\"}", json);
        Assert.Equal(new[] { "payload.note", "payload.password" }, log.Paths);
    }

    [Fact]
    public void A_redact_flagged_value_is_hashed_in_hash_mode()
    {
        var policy = new PrivacyPolicy(new PrivacyConfig { Hash = true });
        var evidence = new NamedValues(new[] { "note" }, new[] { true }, new object?[] { "hunter2" });

        Assert.Equal("{\"note\":\"" + policy.Mask("hunter2") + "\"}", EvidenceJson.Write(evidence, policy));
    }

    [Fact]
    public void Named_values_of_scalars_are_left_to_the_writer_thread_and_others_are_not()
    {
        Assert.True(new NamedValues(new[] { "a", "b" }, new[] { false, false }, new object?[] { 1, "x" }).CanDeferCapture);
        Assert.False(new NamedValues(new[] { "a" }, new[] { false }, new object?[] { new System.Collections.Generic.List<int> { 1 } }).CanDeferCapture);
    }

    [Fact]
    public void Pocos_tuples_and_records_write_public_properties_and_fields()
    {
        var json = EvidenceJson.Write(new { poco = new Order { Id = 3, Lines = 2 }, tuple = (7, "a"), record = new Point(1, 2) });

        Assert.Equal(
            "{\"poco\":{\"Id\":3,\"Total\":0,\"Lines\":2},\"tuple\":{\"Item1\":7,\"Item2\":\"a\"},\"record\":{\"X\":1,\"Y\":2}}",
            json);
    }

    [Fact]
    public void Redact_attribute_masks_and_no_trace_attribute_omits_members()
    {
        var json = EvidenceJson.Write(new Account { Name = "ada", Iban = "DE00123", Internal = "hidden", Pin = 1234 }, out var log);

        Assert.Equal("{\"Name\":\"ada\",\"Iban\":\"REDACTED\",\"Pin\":\"REDACTED\"}", json);
        Assert.Equal(new[] { "payload.Iban", "payload.Pin" }, log.Paths);
    }

    [Fact]
    public void Values_of_no_trace_types_are_not_written()
    {
        Assert.Equal("{\"x\":\"<not traced: FlowTest.Tests.Privacy.EvidenceWriterShapeTests.Hidden>\"}", EvidenceJson.Write(new { x = new Hidden() }));
    }

    [Fact]
    public void Exceptions_are_written_as_type_and_redacted_message_only()
    {
        var json = EvidenceJson.Write(new { error = new InvalidOperationException("denied: password=hunter2", new IOException("inner")) }, out var log);

        Assert.Equal("{\"error\":{\"type\":\"System.InvalidOperationException\",\"message\":\"denied: password=REDACTED\"}}", json);
        Assert.Equal(new[] { "payload.error.message" }, log.Paths);
    }

    [Fact]
    public void Dictionary_keys_that_are_secrets_are_redacted_too()
    {
        var json = EvidenceJson.Write(new Dictionary<string, int> { ["Bearer abcdefghijkl"] = 1 }, out var log);

        Assert.Equal("{\"Bearer REDACTED\":1}", json);
        Assert.Equal(new[] { "payload.Bearer REDACTED" }, log.Paths);
    }

    [Fact]
    public void Empty_anonymous_objects_are_empty_objects_and_memberless_classes_their_type()
    {
        Assert.Equal("{\"a\":{},\"b\":\"<System.Object>\"}", EvidenceJson.Write(new { a = new { }, b = new object() }));
    }

    [Fact]
    public void Repeated_writes_of_one_shape_give_the_same_json()
    {
        var first = EvidenceJson.Write(new { id = 1, token = "x", items = Enumerable.Range(0, 3).ToList() });
        var second = EvidenceJson.Write(new { id = 1, token = "x", items = Enumerable.Range(0, 3).ToList() });

        Assert.Equal(first, second);
    }

    private sealed class CountingSequence : IEnumerable<int>
    {
        public static int Enumerations { get; private set; }

        public IEnumerator<int> GetEnumerator()
        {
            Enumerations++;
            yield return 1;
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }

    private sealed class Order
    {
        public int Id { get; set; }

        public decimal Total { get; }

        public int Lines;

        public int this[int index] => index;
    }

    private sealed record Point(int X, int Y);

    private sealed class Account
    {
        public string Name { get; set; } = string.Empty;

        [Redact]
        public string Iban { get; set; } = string.Empty;

        [NoTrace]
        public string Internal { get; set; } = string.Empty;

        [Redact]
        public int Pin;
    }

    [NoTrace]
    private sealed class Hidden
    {
        public int Value { get; set; }
    }
}
