using System;
using System.IO;

namespace FlowTest.Tests.Support;

/// <summary>
/// A stream that cannot seek (like a pipe), so a reader cannot size it up front; optionally handing out
/// at most a few bytes per read, as a pipe or a slow disk may.
/// </summary>
internal sealed class ForwardOnlyStream : Stream
{
    private readonly Stream _inner;
    private readonly int _maxPerRead;

    public ForwardOnlyStream(Stream inner, int maxPerRead = int.MaxValue)
    {
        _inner = inner;
        _maxPerRead = maxPerRead;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, Math.Min(count, _maxPerRead));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
