using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using FlowTest.Model;

namespace FlowTest.Reading;

/// <content>Value readers: each leaves the reader on the last token of the value it was given.</content>
internal static partial class TraceLineParser
{
    private static readonly IReadOnlyDictionary<string, string> EmptyLabels = new Dictionary<string, string>(0);

    private static readonly byte[][] EventNamesUtf8 = BuildEventNames();

    private static string? ReadString(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return reader.GetString();
        }

        reader.Skip();
        return null;
    }

    private static long? ReadInt64(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var value))
        {
            return value;
        }

        reader.Skip();
        return null;
    }

    private static int? ReadInt32(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var value))
        {
            return value;
        }

        reader.Skip();
        return null;
    }

    private static double? ReadDouble(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out var value))
        {
            return value;
        }

        reader.Skip();
        return null;
    }

    private static string? ReadEventName(ref Utf8JsonReader reader, out EventKind? kind)
    {
        kind = null;
        if (reader.TokenType != JsonTokenType.String)
        {
            reader.Skip();
            return null;
        }

        for (var i = 0; i < EventNamesUtf8.Length; i++)
        {
            if (reader.ValueTextEquals(EventNamesUtf8[i]))
            {
                kind = (EventKind)i;
                return TraceNames.EventName((EventKind)i);
            }
        }

        return reader.GetString();
    }

    private static FlowVerdict? ReadVerdict(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            reader.Skip();
            return null;
        }

        // Unknown verdict names read as Incomplete (TraceNames.ParseVerdict); the known ones allocate nothing.
        if (reader.ValueTextEquals("success"u8))
        {
            return FlowVerdict.Success;
        }

        if (reader.ValueTextEquals("failure"u8))
        {
            return FlowVerdict.Failure;
        }

        return reader.ValueTextEquals("exception"u8) ? FlowVerdict.Exception
            : reader.ValueTextEquals("skipped"u8) ? FlowVerdict.Skipped
            : FlowVerdict.Incomplete;
    }

    private static string? ReadSeverity(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            reader.Skip();
            return null;
        }

        return reader.ValueTextEquals("error"u8) ? "error"
            : reader.ValueTextEquals("warn"u8) ? "warn"
            : reader.ValueTextEquals("critical"u8) ? "critical"
            : reader.GetString();
    }

    /// <summary>The exact JSON text of the current value, whatever its type.</summary>
    private static string ReadRawValue(ref Utf8JsonReader reader, ReadOnlySpan<byte> line)
    {
        var start = (int)reader.TokenStartIndex;
        reader.Skip();
        return Utf8Text.Decode(line.Slice(start, (int)reader.BytesConsumed - start));
    }

    private static IReadOnlyList<string>? ReadStringArray(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            reader.Skip();
            return null;
        }

        var items = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                items.Add(reader.GetString()!);
            }
            else
            {
                reader.Skip();
            }
        }

        return items;
    }

    private static IReadOnlyDictionary<string, string>? ReadLabels(ref Utf8JsonReader reader, ReadOnlySpan<byte> line)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return null;
        }

        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = reader.GetString()!;
            reader.Read();
            labels[key] = reader.TokenType == JsonTokenType.String ? reader.GetString()! : ReadRawValue(ref reader, line);
        }

        return labels;
    }

    private static TraceExceptionInfo? ReadException(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return null;
        }

        string? type = null, message = null, stack = null, file = null;
        int? line = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            // ValueTextEquals compares the UTF-8 name in place: code objects ride on most events.
            var isType = reader.ValueTextEquals("type"u8);
            var isMessage = reader.ValueTextEquals("message"u8);
            var isStack = reader.ValueTextEquals("stack"u8);
            var isFile = reader.ValueTextEquals("file"u8);
            var isLine = reader.ValueTextEquals("line"u8);
            reader.Read();
            if (isType)
            {
                type = ReadString(ref reader);
            }
            else if (isMessage)
            {
                message = ReadString(ref reader);
            }
            else if (isStack)
            {
                stack = ReadString(ref reader);
            }
            else if (isFile)
            {
                file = ReadString(ref reader);
            }
            else if (isLine)
            {
                line = ReadInt32(ref reader);
            }
            else
            {
                reader.Skip();
            }
        }

        return new TraceExceptionInfo(type, message, stack, file, line);
    }

    private static TraceCodeLocation? ReadCode(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return null;
        }

        string? file = null, member = null;
        int? line = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isFile = reader.ValueTextEquals("file"u8);
            var isLine = reader.ValueTextEquals("line"u8);
            var isMember = reader.ValueTextEquals("member"u8);
            reader.Read();
            if (isFile)
            {
                file = ReadString(ref reader);
            }
            else if (isLine)
            {
                line = ReadInt32(ref reader);
            }
            else if (isMember)
            {
                member = ReadString(ref reader);
            }
            else
            {
                reader.Skip();
            }
        }

        return new TraceCodeLocation(file, line, member);
    }

    private static byte[][] BuildEventNames()
    {
        var names = new byte[(int)EventKind.FlowEnded + 1][];
        for (var kind = EventKind.RunStarted; kind <= EventKind.FlowEnded; kind++)
        {
            names[(int)kind] = Encoding.UTF8.GetBytes(TraceNames.EventName(kind));
        }

        return names;
    }
}
