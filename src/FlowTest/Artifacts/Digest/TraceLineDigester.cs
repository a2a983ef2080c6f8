using System;
using System.Text.Json;
using FlowTest.Model;
using FlowTest.Reading;

namespace FlowTest.Artifacts.Digest;

/// <summary>
/// Feeds one trace line to a <see cref="RunDigest"/> straight from its UTF-8 bytes: the fields the
/// digest needs are read in place (event kind, flow name, ids as numbers, timestamp), everything
/// else is skipped, and no string is made for a value seen before. Only failures, exceptions and
/// run events, which are few and need their text, are parsed into a full <see cref="TraceRecord"/>.
/// </summary>
/// <remarks>
/// Accepts exactly the lines <see cref="TraceLineParser"/> accepts (one JSON object, nothing after
/// it, string <c>event</c> and <c>run_id</c>; a field of an unexpected type counts as absent), so a
/// trace yields the same digest and the same skipped-line counts on either path.
/// </remarks>
internal sealed partial class TraceLineDigester
{
    private static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = 64 };

    private readonly RunDigest _digest;

    public TraceLineDigester(RunDigest digest)
    {
        _digest = digest;
        var keep = digest.Options.MaxSourcesAndNodes;
        _sources = new Utf8InternTable<string>(keep);
        _nodes = new Utf8InternTable<string>(keep);
    }

    /// <summary>Digests <paramref name="utf8Line"/> (without its <c>\n</c>); <see langword="false"/> for a malformed line.</summary>
    public bool TryDigest(ReadOnlySpan<byte> utf8Line)
    {
        var line = utf8Line.Length >= 3 && utf8Line[0] == 0xEF && utf8Line[1] == 0xBB && utf8Line[2] == 0xBF ? utf8Line.Slice(3) : utf8Line;
        var input = default(DigestEvent);
        try
        {
            if (!TryRead(line, ref input))
            {
                return false;
            }
        }
        catch (JsonException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            // Utf8JsonReader reports invalid UTF-8 inside strings this way.
            return false;
        }

        _digest.Add(ref input, line);
        return true;
    }

    private bool TryRead(ReadOnlySpan<byte> line, ref DigestEvent input)
    {
        var reader = new Utf8JsonReader(line, isFinalBlock: true, new JsonReaderState(ReaderOptions));
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        bool hasEvent = false, hasRunId = false;
        TextSlice flow = default, step = default, code = default, payload = default;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var field = TraceFieldNames.Read(ref reader);
            reader.Read();
            var isString = reader.TokenType == JsonTokenType.String;
            switch (field)
            {
                case TraceField.Event:
                    hasEvent = isString;
                    input.Kind = isString ? TraceEventKinds.Read(ref reader) : null;
                    break;
                case TraceField.RunId: hasRunId = isString; break;
                case TraceField.Flow: flow = TextSlice.Of(ref reader); break;
                case TraceField.FlowId: input.FlowId = ReadSpanId(ref reader); break;
                case TraceField.ParentId: input.ParentId = ReadSpanId(ref reader); break;
                case TraceField.Source:
                    input.Source = isString ? Intern(_sources, ref reader) : null;
                    input.IsTestSource = isString && IsTestSource(ref reader);
                    break;
                case TraceField.Node: input.Node = isString ? Intern(_nodes, ref reader) : null; break;
                case TraceField.Timestamp: ReadTimestamp(ref reader, ref input); break;
                case TraceField.Verdict: input.Verdict = isString ? ReadVerdict(ref reader) : null; break;
                case TraceField.DurationMs:
                    input.DurationMs = reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out var duration) ? duration : null;
                    break;
                case TraceField.Step: step = TextSlice.Of(ref reader); break;
                case TraceField.Code: code = TextSlice.OfObject(ref reader); break;
                case TraceField.Payload: payload = TextSlice.OfValue(ref reader); break;
                default: break;
            }

            // Objects and arrays the digest does not read (tags, exception, ...) are walked past;
            // Skip is a no-op on a scalar and on a value a case above already consumed.
            reader.Skip();
        }

        // The loop ends on the root's EndObject; any further token (trailing garbage) throws here.
        if (reader.TokenType != JsonTokenType.EndObject || reader.Read() || !hasEvent || !hasRunId)
        {
            return false;
        }

        return Complete(line, ref input, flow, step, code, payload);
    }

    /// <summary>Resolves what only some kinds need, now that the kind is known.</summary>
    private bool Complete(ReadOnlySpan<byte> line, ref DigestEvent input, TextSlice flow, TextSlice step, TextSlice code, TextSlice payload)
    {
        switch (input.Kind)
        {
            case EventKind.FlowStarted:
                input.Flow = ResolveFlow(line, flow);
                input.Location = code.IsPresent ? LocationOf(code.In(line)) : null;
                return true;
            case EventKind.FlowEnded:
                input.Flow = ResolveFlow(line, flow);
                return true;
            case EventKind.FlowMetric:
                input.MetricFlow = flow.Text ?? (flow.IsPresent ? FlowNameOf(flow.In(line)) : null);
                input.Step = step.Text ?? (step.IsPresent ? InternStep(step.In(line)) : null);
                if (payload.IsPresent)
                {
                    ReadMetricPayload(payload.In(line), ref input);
                }

                return true;
            case EventKind.FlowFailure:
            case EventKind.FlowException:
                input.Flow = ResolveFlow(line, flow);
                return TryParseWhole(line, ref input);
            case EventKind.RunStarted:
            case EventKind.RunEnded:
                return TryParseWhole(line, ref input);
            default:
                return true;
        }
    }

    private bool TryParseWhole(ReadOnlySpan<byte> line, ref DigestEvent input)
    {
        // Same acceptance rules as the loop above, so this succeeds for every line that got here.
        if (!TraceLineParser.TryParse(line, out var record))
        {
            return false;
        }

        input.Record = record;
        input.TimestampText = record.TimestampText;
        return true;
    }

    private FlowNameStats? ResolveFlow(ReadOnlySpan<byte> line, TextSlice flow) =>
        flow.Text is { } text ? _digest.Names.Resolve(text)
        : flow.IsPresent ? _digest.Names.Resolve(flow.In(line))
        : null;

    private string FlowNameOf(ReadOnlySpan<byte> utf8) => _digest.Names.Find(utf8)?.Name ?? Utf8Text.Decode(utf8);

    private static SpanId? ReadSpanId(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            return null;
        }

        return !reader.ValueIsEscaped && SpanId.TryParseCanonical(reader.ValueSpan, out var id) ? id : SpanId.FromText(reader.GetString());
    }

    private static FlowVerdict ReadVerdict(ref Utf8JsonReader reader) =>
        reader.ValueTextEquals("success"u8) ? FlowVerdict.Success
        : reader.ValueTextEquals("failure"u8) ? FlowVerdict.Failure
        : reader.ValueTextEquals("exception"u8) ? FlowVerdict.Exception
        : reader.ValueTextEquals("skipped"u8) ? FlowVerdict.Skipped
        : FlowVerdict.Incomplete;
}
