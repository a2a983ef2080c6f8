using System;
using System.Text.Encodings.Web;
using System.Text.Json;
using FlowTest.Writing;

namespace FlowTest.Privacy;

/// <summary>
/// A per-thread buffer and JSON writer that evidence is written into first. Writing aside means a
/// failure half-way through never leaves the event's own writer with broken JSON, and the payload
/// size can be measured exactly while it is written.
/// </summary>
internal sealed class ScratchJsonBuffer
{
    private const int InitialSize = 4096;

    // Do not keep a buffer grown by one freak payload alive for the life of the thread.
    private const int RetainedSize = 64 * 1024;

    [ThreadStatic]
    private static ScratchJsonBuffer? _cached;

    private ByteBuffer _bytes = new(InitialSize);
    private Utf8JsonWriter? _json;
    private EvidenceWalker? _walker;
    private JavaScriptEncoder? _encoder;
    private bool _indented;

    /// <summary>The writer to write evidence into; valid until <see cref="Return"/>.</summary>
    public Utf8JsonWriter Json => _json!;

    /// <summary>The walker that writes into this buffer, kept with it so a write allocates almost nothing.</summary>
    public EvidenceWalker Walker => _walker ??= new EvidenceWalker(this);

    /// <summary>Whether the writer leaves non-ASCII and HTML characters unescaped (affects size estimates).</summary>
    public bool RelaxedEscaping => ReferenceEquals(_encoder, JavaScriptEncoder.UnsafeRelaxedJsonEscaping);

    /// <summary>The bytes written so far; flush <see cref="Json"/> first.</summary>
    public ReadOnlySpan<byte> WrittenSpan => _bytes.WrittenSpan;

    /// <summary>Takes this thread's buffer (or a new one when it is in use, e.g. by a re-entrant call).</summary>
    public static ScratchJsonBuffer Rent(JsonWriterOptions options)
    {
        var scratch = _cached ?? new ScratchJsonBuffer();
        _cached = null;
        scratch.Prepare(options);
        return scratch;
    }

    public static void Return(ScratchJsonBuffer scratch)
    {
        if (scratch._bytes.Capacity > RetainedSize)
        {
            scratch._bytes = new ByteBuffer(InitialSize);
        }

        scratch._bytes.Clear();
        _cached = scratch;
    }

    private void Prepare(JsonWriterOptions options)
    {
        _bytes.Clear();
        if (_json is not null && ReferenceEquals(_encoder, options.Encoder) && _indented == options.Indented)
        {
            _json.Reset(_bytes);
            return;
        }

        _json?.Dispose();
        _encoder = options.Encoder;
        _indented = options.Indented;

        // Validation stays on here: a mistake of ours becomes an exception we turn into a marker.
        _json = new Utf8JsonWriter(_bytes, new JsonWriterOptions { Encoder = options.Encoder, Indented = options.Indented });
    }
}
