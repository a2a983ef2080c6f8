using System;
using System.Collections.Generic;
using System.Text.Encodings.Web;
using System.Text.Json;
using FlowTest.Context;
using FlowTest.Model;
using FlowTest.Privacy;

namespace FlowTest.Writing;

/// <summary>
/// Turns queue slots into trace.jsonl lines (SPEC §5). Runs on the writer thread only: owns one
/// reusable <see cref="Utf8JsonWriter"/>, assigns <c>seq</c> and <c>event_id</c>, applies redaction.
/// </summary>
internal sealed partial class TraceLineWriter
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    private readonly ByteBuffer _output;
    private readonly Utf8JsonWriter _json;
    private readonly EventIdGenerator _eventIds = new();
    private readonly ClockAnchor _clock = new();
    private readonly EncodedTextCache _texts = new(JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
    private readonly EncodedTextCache _files;
    private readonly WriterIdentity _identity;
    private readonly PrivacyPolicy _privacy;
    private readonly SourcePathMapper _paths;
    private readonly RedactionLog _redactions = new();
    private readonly List<string> _redactedPaths = new();
    private long _seq;

    public TraceLineWriter(WriterIdentity identity, PrivacyPolicy privacy, SourcePathMapper paths, ByteBuffer output)
    {
        _identity = identity;
        _privacy = privacy;
        _paths = paths;
        _files = new EncodedTextCache(JavaScriptEncoder.UnsafeRelaxedJsonEscaping, paths.Map);
        _labelKeys = new LabelKeyCache(privacy, JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        _output = output;
        _json = new Utf8JsonWriter(output, WriterOptions);
    }

    /// <summary>The last <c>seq</c> written.</summary>
    public long LastSeq => _seq;

    /// <summary>Appends one complete line for <paramref name="slot"/> to the output buffer.</summary>
    public void Write(ref TraceEventSlot slot)
    {
        var start = _output.Count;
        var seq = ++_seq;
        try
        {
            WriteLine(ref slot, seq, withPayload: true);
        }
        catch (Exception error)
        {
            // Evidence that cannot be written must not cost the event: write it again without payload.
            _output.Truncate(start);
            try
            {
                WriteLine(ref slot, seq, withPayload: false, payloadError: error.GetType().Name);
            }
            catch
            {
                // Never leave half a line behind.
                _output.Truncate(start);
                throw;
            }
        }
    }

    private void WriteLine(ref TraceEventSlot slot, long seq, bool withPayload, string? payloadError = null)
    {
        _json.Reset(_output);
        _redactedPaths.Clear();
        _json.WriteStartObject();
        WriteEnvelope(ref slot, seq);
        WriteEventFields(ref slot);
        if (withPayload)
        {
            WritePayload(ref slot);
        }
        else
        {
            _json.WriteStartObject(Names.Payload);
            _json.WriteString(Names.PayloadError, "evidence could not be written: " + payloadError);
            _json.WriteEndObject();
        }

        if (slot.Kind == EventKind.FlowStarted && slot.Flow is { } flow)
        {
            WriteLabels(Names.Tags, "tags", flow.Tags);
            WriteLabels(Names.Correlation, "correlation", flow.Correlation);
        }

        if (_redactedPaths.Count > 0)
        {
            _json.WriteStartArray(Names.RedactedFields);
            foreach (var path in _redactedPaths)
            {
                _json.WriteStringValue(path);
            }

            _json.WriteEndArray();
        }

        _json.WriteEndObject();
        _json.Flush();
        _output.WriteByte((byte)'\n');
    }

    private void WriteEnvelope(ref TraceEventSlot slot, long seq)
    {
        Span<byte> scratch = stackalloc byte[32];
        _json.WriteString(Names.SchemaVersion, Names.SchemaVersionValue);
        var utcTicks = _clock.ToUtcTicks(slot.Timestamp);
        _eventIds.Next(utcTicks, scratch);
        _json.WriteString(Names.EventId, scratch.Slice(0, EventIdGenerator.Length));
        TimestampFormatter.Format(utcTicks, scratch);
        _json.WriteString(Names.Timestamp, scratch.Slice(0, TimestampFormatter.Length));
        _json.WriteString(Names.RunId, _identity.EncodedRunId);
        _json.WriteString(Names.Event, Names.EventNames[(int)slot.Kind]);

        var flow = slot.Flow;
        WriteCached(Names.Source, flow?.Source ?? "api");
        if (flow is not null)
        {
            if (Adapters.TestSources.IsTest(flow.Source))
            {
                // A test flow's name is a new string per test, written twice: cached, every test of the
                // host would keep its encoded name (and be copied by each collection that promotes it).
                _json.WriteString(Names.Flow, flow.Name);
            }
            else
            {
                WriteCached(Names.Flow, flow.Name);
            }

            SpanIds.FormatUtf8(flow.SpanId, scratch);
            _json.WriteString(Names.FlowId, scratch.Slice(0, 16));
            if (flow.ParentSpanId == 0)
            {
                _json.WriteNull(Names.ParentId);
            }
            else
            {
                SpanIds.FormatUtf8(flow.ParentSpanId, scratch);
                _json.WriteString(Names.ParentId, scratch.Slice(0, 16));
            }
        }

        _json.WriteString(Names.TraceId, _identity.EncodedTraceId);
        _json.WriteString(Names.Node, _identity.EncodedNode);
        _json.WriteNumber(Names.Seq, seq);
        _json.WriteNumber(Names.Thread, slot.ThreadId);
    }

    private void WriteEventFields(ref TraceEventSlot slot)
    {
        if (slot.Step is not null)
        {
            WriteCached(Names.Step, slot.Step);
        }

        switch (slot.Kind)
        {
            case EventKind.FlowEnded:
                _json.WriteString(Names.Verdict, Names.VerdictNames[(int)slot.Verdict]);
                _json.WriteNumber(Names.DurationMs, Math.Round(slot.Number, 3));
                break;
            case EventKind.FlowFailure:
                _json.WriteString(Names.FailureClass, slot.FailureClass ?? FailureClass.Business);
                _json.WriteString(Names.Severity, TraceNames.SeverityName(slot.Severity));
                break;
            case EventKind.FlowException when slot.Exception is { } exception:
                WriteException(exception);
                break;
        }

        if (slot.Text is not null)
        {
            _json.WriteString(Names.Reason, RedactText(slot.Text, "reason"));
        }

        if (slot.File is { Length: > 0 } file)
        {
            _json.WriteStartObject(Names.Code);
            if (_files.TryGet(file, out var encodedFile))
            {
                _json.WriteString(Names.CodeFile, encodedFile);
            }
            else
            {
                _json.WriteString(Names.CodeFile, _paths.Map(file));
            }

            _json.WriteNumber(Names.CodeLine, slot.Line);
            if (slot.Member is { Length: > 0 } member)
            {
                WriteCached(Names.CodeMember, member);
            }

            _json.WriteEndObject();
        }
    }

    /// <summary>Writes a repeated string (name, step, member, source) from its cached UTF-8 form.</summary>
    private void WriteCached(JsonEncodedText name, string value)
    {
        if (_texts.TryGet(value, out var encoded))
        {
            _json.WriteString(name, encoded);
        }
        else
        {
            _json.WriteString(name, value);
        }
    }

    private void WriteException(ExceptionSnapshot exception)
    {
        _json.WriteStartObject(Names.Exception);
        _json.WriteString(Names.ExceptionType, exception.Type);
        _json.WriteString(Names.ExceptionMessage, RedactText(exception.Message, "exception.message"));
        if (exception.Stack is not null)
        {
            _json.WriteString(Names.ExceptionStack, RedactText(exception.Stack, "exception.stack"));
        }

        if (exception.File is not null)
        {
            _json.WriteString(Names.ExceptionFile, _paths.Map(exception.File));
            _json.WriteNumber(Names.ExceptionLine, exception.Line);
        }

        _json.WriteEndObject();
    }

    private void WritePayload(ref TraceEventSlot slot)
    {
        if (slot.Kind == EventKind.FlowMetric)
        {
            _json.WriteStartObject(Names.Payload);
            WriteNumberOrString(Names.MetricValue, slot.Number);
            if (slot.Unit is not null)
            {
                _json.WriteString(Names.MetricUnit, RedactText(slot.Unit, "payload.unit"));
            }

            _json.WriteEndObject();
            return;
        }

        switch (slot.Payload)
        {
            case null:
                return;
            case CapturedPayload captured:
                _json.WritePropertyName(Names.Payload);
                _json.WriteRawValue(captured.Json, skipInputValidation: true);
                _redactedPaths.AddRange(captured.RedactedPaths);
                return;
            default:
                _json.WritePropertyName(Names.Payload);
                _redactions.Clear();
                PayloadWriting.WriteEvidence(_json, slot.Payload, _privacy, _redactions);
                _redactedPaths.AddRange(_redactions.Paths);
                return;
        }
    }

    private string RedactText(string text, string path)
    {
        var written = RedactAndTruncate(text, out var redacted);
        if (redacted)
        {
            _redactedPaths.Add(path);
        }

        return written;
    }

    /// <summary>The text as written: secrets redacted, then cut to the string limit; <paramref name="redacted"/> when redaction changed it.</summary>
    private string RedactAndTruncate(string text, out bool redacted)
    {
        var result = _privacy.RedactText(text);
        redacted = !ReferenceEquals(result, text) && !string.Equals(result, text, StringComparison.Ordinal);
        return _privacy.Truncate(result);
    }

    private void WriteNumberOrString(JsonEncodedText name, double value)
    {
        // JSON has no NaN or infinity: write those as strings rather than fail the line.
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            _json.WriteString(name, value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        else
        {
            _json.WriteNumber(name, value);
        }
    }
}
