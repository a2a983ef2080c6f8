using System;
using System.Buffers;

namespace FlowTest.Writing;

/// <summary>A growable byte buffer the JSON writer fills and the file appender drains.</summary>
internal sealed class ByteBuffer : IBufferWriter<byte>
{
    private byte[] _buffer;
    private int _count;

    public ByteBuffer(int initialCapacity)
    {
        _buffer = new byte[initialCapacity];
    }

    public int Count => _count;

    /// <summary>Bytes allocated, written or not (lets a pooled owner drop a buffer a freak payload grew).</summary>
    public int Capacity => _buffer.Length;

    public ReadOnlySpan<byte> WrittenSpan => new(_buffer, 0, _count);

    public ArraySegment<byte> WrittenSegment => new(_buffer, 0, _count);

    public void Advance(int count) => _count += count;

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return new Memory<byte>(_buffer, _count, _buffer.Length - _count);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return new Span<byte>(_buffer, _count, _buffer.Length - _count);
    }

    public void WriteByte(byte value)
    {
        Ensure(1);
        _buffer[_count++] = value;
    }

    /// <summary>Drops everything after <paramref name="count"/> bytes (undoes a half-written line).</summary>
    public void Truncate(int count) => _count = Math.Min(count, _count);

    public void Clear() => _count = 0;

    public byte[] ToArray() => WrittenSpan.ToArray();

    private void Ensure(int sizeHint)
    {
        var needed = _count + Math.Max(sizeHint, 256);
        if (needed <= _buffer.Length)
        {
            return;
        }

        var grown = new byte[Math.Max(needed, _buffer.Length * 2)];
        Buffer.BlockCopy(_buffer, 0, grown, 0, _count);
        _buffer = grown;
    }
}
