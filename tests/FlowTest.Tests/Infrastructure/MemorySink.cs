using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using FlowTest.Tests.Support;
using FlowTest.Writing;

namespace FlowTest.Tests.Infrastructure;

/// <summary>Keeps appended batches in memory; can be told to fail like a full disk.</summary>
internal sealed class MemorySink : ITraceSink
{
    private readonly MemoryStream _bytes = new();
    private readonly object _gate = new();

    public bool FailWrites { get; set; }

    public int Batches { get; private set; }

    public void Append(ArraySegment<byte> lines)
    {
        if (FailWrites)
        {
            throw new IOException("No space left on device");
        }

        lock (_gate)
        {
            _bytes.Write(lines.Array!, lines.Offset, lines.Count);
            Batches++;
        }
    }

    public void Flush(bool durable)
    {
    }

    public void Dispose()
    {
    }

    public string Text
    {
        get
        {
            lock (_gate)
            {
                return Encoding.UTF8.GetString(_bytes.ToArray());
            }
        }
    }

    /// <summary>The lines written so far, each checked against docs/trace.schema.json (SPEC §5: the suite validates every line it produces).</summary>
    public IReadOnlyList<string> Lines
    {
        get
        {
            var lines = Text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            TraceSchema.AssertAllValid(lines);
            return lines;
        }
    }

    public IReadOnlyList<JsonElement> Events => Lines.Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
}
