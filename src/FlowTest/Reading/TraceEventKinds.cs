using System;
using System.Text.Json;
using FlowTest.Model;

namespace FlowTest.Reading;

/// <summary>Maps the UTF-8 <c>event</c> value to its <see cref="EventKind"/> without allocating.</summary>
internal static class TraceEventKinds
{
    /// <summary>The kind named by the reader's current string token; <see langword="null"/> for names this version does not know.</summary>
    public static EventKind? Read(ref Utf8JsonReader reader)
    {
        if (reader.ValueIsEscaped)
        {
            return TraceNames.TryParseEvent(reader.GetString() ?? "", out var escaped) ? escaped : null;
        }

        return Lookup(reader.ValueSpan);
    }

    /// <summary>The kind named by unescaped UTF-8 <paramref name="name"/>; <see langword="null"/> for names this version does not know.</summary>
    public static EventKind? Lookup(ReadOnlySpan<byte> name)
    {
        // The length narrows the candidates to at most three; then whole-name comparisons decide.
        return name.Length switch
        {
            9 => Is(name, "run.ended"u8, EventKind.RunEnded),
            10 => Is(name, "flow.ended"u8, EventKind.FlowEnded),
            11 => Is(name, "run.started"u8, EventKind.RunStarted) ?? Is(name, "flow.metric"u8, EventKind.FlowMetric),
            12 => Is(name, "flow.started"u8, EventKind.FlowStarted) ?? Is(name, "flow.success"u8, EventKind.FlowSuccess)
                ?? Is(name, "flow.failure"u8, EventKind.FlowFailure),
            14 => Is(name, "flow.exception"u8, EventKind.FlowException),
            15 => Is(name, "flow.checkpoint"u8, EventKind.FlowCheckpoint),
            _ => null,
        };
    }

    private static EventKind? Is(ReadOnlySpan<byte> name, ReadOnlySpan<byte> candidate, EventKind kind) =>
        name.SequenceEqual(candidate) ? kind : null;
}
