using System;
using System.Collections.Generic;
using System.Text.Encodings.Web;
using System.Text.Json;
using FlowTest.Privacy;
using FlowTest.Writing;

namespace FlowTest.Recording;

/// <summary>
/// Decides on the calling thread what an event keeps of its evidence: immutable shapes (anonymous
/// objects of scalars, strings, numbers) are kept by reference and written later by the writer
/// thread; anything that could change afterwards is rendered to redacted JSON now.
/// </summary>
internal static class PayloadCapture
{
    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    [ThreadStatic]
    private static ScratchWriter? t_scratch;

    public static object? Capture(object? evidence, PrivacyPolicy privacy)
    {
        if (evidence is null)
        {
            return null;
        }

        if (EvidenceShapes.CanDeferCapture(evidence))
        {
            return evidence;
        }

        var scratch = t_scratch ??= new ScratchWriter();
        scratch.Reset();
        PayloadWriting.WriteEvidence(scratch.Json, evidence, privacy, scratch.Redactions);
        scratch.Json.Flush();
        var paths = scratch.Redactions.Paths.Count == 0 ? Array.Empty<string>() : new List<string>(scratch.Redactions.Paths).ToArray();
        return new CapturedPayload(scratch.Buffer.ToArray(), paths);
    }

    private sealed class ScratchWriter
    {
        public ScratchWriter()
        {
            Json = new Utf8JsonWriter(Buffer, Options);
        }

        public ByteBuffer Buffer { get; } = new(1024);

        public Utf8JsonWriter Json { get; }

        public RedactionLog Redactions { get; } = new();

        public void Reset()
        {
            Buffer.Clear();
            Redactions.Clear();
            Json.Reset(Buffer);
        }
    }
}
