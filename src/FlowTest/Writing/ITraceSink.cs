using System;

namespace FlowTest.Writing;

/// <summary>Where the writer thread puts batches of complete lines.</summary>
internal interface ITraceSink : IDisposable
{
    /// <summary>Appends whole lines (every batch ends with <c>\n</c>) as one unit.</summary>
    void Append(ArraySegment<byte> lines);

    /// <summary>Pushes written bytes to the OS; with <paramref name="durable"/> also to the disk.</summary>
    void Flush(bool durable);
}
