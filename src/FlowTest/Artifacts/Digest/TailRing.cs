using System;
using System.Collections.Generic;
using FlowTest.Reading;

namespace FlowTest.Artifacts.Digest;

/// <summary>
/// The last events of a run, oldest first, with capped payloads. Records are kept as given; a
/// digest fed straight from trace bytes keeps the raw lines instead (copied into reused slot
/// buffers) and parses only the few that are still there when the tail is read.
/// </summary>
internal sealed class TailRing
{
    // A longer line is parsed on arrival rather than copied: slot buffers stay small.
    private const int MaxCopiedLineBytes = 16 * 1024;

    private readonly Slot[] _slots;
    private readonly int _maxPayloadChars;
    private int _next;
    private int _count;

    public TailRing(int capacity, int maxPayloadChars)
    {
        _slots = new Slot[Math.Max(0, capacity)];
        for (var i = 0; i < _slots.Length; i++)
        {
            _slots[i] = new Slot();
        }

        _maxPayloadChars = maxPayloadChars;
    }

    public int Count => _count;

    /// <summary>Bytes held by raw-line slots: bounded by capacity × the copy limit.</summary>
    public long RetainedBytes
    {
        get
        {
            var total = 0L;
            foreach (var slot in _slots)
            {
                total += slot.Line?.Length ?? 0;
            }

            return total;
        }
    }

    public void Add(TraceRecord record)
    {
        if (Next() is { } slot)
        {
            slot.Record = Cap(record);
            slot.Length = 0;
        }
    }

    /// <summary>Keeps a line that <see cref="TraceLineParser"/> accepts.</summary>
    public void Add(ReadOnlySpan<byte> line)
    {
        if (line.Length > MaxCopiedLineBytes)
        {
            if (TraceLineParser.TryParse(line, out var record))
            {
                Add(record);
            }

            return;
        }

        if (Next() is not { } slot)
        {
            return;
        }

        if (slot.Line is null || slot.Line.Length < line.Length)
        {
            slot.Line = new byte[Math.Max(512, line.Length)];
        }

        line.CopyTo(slot.Line);
        slot.Length = line.Length;
        slot.Record = null;
    }

    /// <summary>The kept events, oldest first.</summary>
    public IReadOnlyList<TraceRecord> ToList()
    {
        var list = new List<TraceRecord>(_count);
        var first = _count < _slots.Length ? 0 : _next;
        for (var i = 0; i < _count; i++)
        {
            var slot = _slots[(first + i) % _slots.Length];
            if (slot.Record is null && TraceLineParser.TryParse(new ReadOnlySpan<byte>(slot.Line, 0, slot.Length), out var parsed))
            {
                // Parsed once: the slot keeps the record until it is reused.
                slot.Record = Cap(parsed);
            }

            if (slot.Record is { } record)
            {
                list.Add(record);
            }
        }

        return list;
    }

    private TraceRecord Cap(TraceRecord record) =>
        record.PayloadJson is { } payload && payload.Length > _maxPayloadChars
            ? record with { PayloadJson = PayloadText.Cap(payload, _maxPayloadChars) }
            : record;

    private Slot? Next()
    {
        if (_slots.Length == 0)
        {
            return null;
        }

        var slot = _slots[_next];
        _next = (_next + 1) % _slots.Length;
        _count = Math.Min(_count + 1, _slots.Length);
        return slot;
    }

    private sealed class Slot
    {
        public TraceRecord? Record;
        public byte[]? Line;
        public int Length;
    }
}
