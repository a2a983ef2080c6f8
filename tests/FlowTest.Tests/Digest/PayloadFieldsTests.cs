using System.Collections.Generic;
using System.Text.Json;
using FlowTest.Artifacts.Digest;

namespace FlowTest.Tests.Digest;

/// <summary>The digest's payload reader answers exactly as JsonDocument.Parse + TryGetProperty did.</summary>
public sealed class PayloadFieldsTests
{
    public static TheoryData<string> Payloads => new()
    {
        "{\"command\":\"dotnet test\",\"machine\":\"vm\",\"flowtest_version\":\"0.1.0\"}",
        "{\"command\":\"first\",\"command\":\"last\"}",
        "{\"comm\\u0061nd\":\"escaped name\",\"machine\":\"tab\\there\"}",
        "{\"command\":7,\"machine\":null,\"flowtest_version\":true}",
        "{\"events_written\":12,\"events_dropped\":0,\"value\":12.5,\"unit\":\"ms\"}",
        "{\"events_written\":1e400,\"value\":1e400,\"events_dropped\":12.0}",
        "{\"events_written\":9223372036854775808,\"value\":-0.0}",
        "{\"nested\":{\"command\":\"inner\"},\"list\":[1,{\"unit\":\"x\"}],\"unit\":\"outer\"}",
        "{\"command\":\"x\"} ",
        "{\"command\":\"x\"} trailing",
        "{\"command\":\"x\",}",
        "{\"command\":\"unterminated}",
        "{\"value\":01}",
        "{}",
        "[1,2]",
        "",
        "{\"command\":\"cut… (truncated)",
    };

    [Theory]
    [MemberData(nameof(Payloads))]
    public void Reads_what_JsonDocument_read(string json)
    {
        Assert.Equal(Reference(json), Read(json));
    }

    [Fact]
    public void A_missing_payload_is_not_read()
    {
        var called = false;
        PayloadFields.Read(null, _ => called = true);

        Assert.False(called);
    }

    private static readonly string[] Names = { "command", "machine", "flowtest_version", "events_written", "events_dropped", "value", "unit" };

    private static string? Read(string json)
    {
        string? result = null;
        PayloadFields.Read(json, payload =>
        {
            var parts = new List<string>();
            foreach (var name in Names)
            {
                parts.Add(name + "=" + payload.String(name) + "|" + payload.Number(name) + "|" + payload.Integer(name));
            }

            result = string.Join(";", parts);
        });
        return result;
    }

    // The previous implementation, kept here as the oracle.
    private static string? Reference(string json)
    {
        if (json.Length == 0 || json[0] != '{' || PayloadText.IsCapped(json))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            var payload = document.RootElement;
            var parts = new List<string>();
            foreach (var name in Names)
            {
                var text = payload.TryGetProperty(name, out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
                double? number = payload.TryGetProperty(name, out var d) && d.ValueKind == JsonValueKind.Number && d.TryGetDouble(out var dv) ? dv : null;
                long? integer = payload.TryGetProperty(name, out var l) && l.ValueKind == JsonValueKind.Number && l.TryGetInt64(out var lv) ? lv : null;
                parts.Add(name + "=" + text + "|" + number + "|" + integer);
            }

            return string.Join(";", parts);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
