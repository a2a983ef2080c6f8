using System;
using System.Text.Json;
using FlowTest.Model;
using FlowTest.Reading;

namespace FlowTest.Artifacts.Digest;

/// <summary>
/// Applies lines read by <see cref="TraceLineFieldReader"/> to a <see cref="RunDigest"/>, in trace
/// order: turns their slices into the digest's interned strings (no string for a value seen before)
/// and resolves what only some kinds need.
/// </summary>
internal sealed class TraceLineDigester
{
    // Bounds on the interning tables: past them a value is decoded each time it is needed (rare kinds only).
    private const int MaxInternedSteps = 1024;
    private const int MaxInternedUnits = 64;
    private const int MaxInternedLocations = 4096;

    private static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = 64 };
    private static readonly string NoLocation = "";

    private readonly RunDigest _digest;
    private readonly Utf8InternTable<string> _sources;
    private readonly Utf8InternTable<string> _nodes;
    private readonly Utf8InternTable<string> _steps = new(MaxInternedSteps);
    private readonly Utf8InternTable<string> _units = new(MaxInternedUnits);
    private readonly Utf8InternTable<string> _locations = new(MaxInternedLocations);

    public TraceLineDigester(RunDigest digest)
    {
        _digest = digest;
        _sources = new Utf8InternTable<string>(digest.Options.MaxSourcesAndNodes);
        _nodes = new Utf8InternTable<string>(digest.Options.MaxSourcesAndNodes);
    }

    /// <summary>Digests a line that <see cref="TraceLineFieldReader.TryRead"/> accepted as <paramref name="fields"/>.</summary>
    public void Apply(ref TraceLineFields fields, ReadOnlySpan<byte> utf8Line)
    {
        var line = utf8Line.Slice(fields.Skipped);
        var input = new DigestEvent
        {
            Kind = fields.Kind,
            FlowId = fields.FlowId,
            ParentId = fields.ParentId,
            Source = Intern(_sources, fields.Source, line),
            IsTestSource = fields.IsTestSource,
            Node = Intern(_nodes, fields.Node, line),
            Timestamp = fields.Timestamp,
            TimestampText = fields.TimestampText,
            Verdict = fields.Verdict,
            DurationMs = fields.DurationMs,
            Record = fields.Record,
        };

        switch (fields.Kind)
        {
            case EventKind.FlowStarted:
                input.Flow = ResolveFlow(fields.Flow, line);
                input.Location = fields.Code.IsPresent ? LocationOf(fields.Code.In(line)) : null;
                break;
            case EventKind.FlowEnded:
            case EventKind.FlowFailure:
            case EventKind.FlowException:
                input.Flow = ResolveFlow(fields.Flow, line);
                break;
            case EventKind.FlowMetric:
                input.MetricFlow = fields.Flow.Text ?? (fields.Flow.IsPresent ? FlowNameOf(fields.Flow.In(line)) : null);
                input.Step = Intern(_steps, fields.Step, line);
                input.MetricValue = fields.MetricValue;
                input.MetricUnit = Intern(_units, fields.MetricUnit, line);
                break;
            default:
                break;
        }

        _digest.Add(ref input, line);
    }

    private static string? Intern(Utf8InternTable<string> table, TextSlice slice, ReadOnlySpan<byte> line)
    {
        if (!slice.IsPresent || slice.Text is { })
        {
            return slice.Text;
        }

        var utf8 = slice.In(line);
        if (table.Find(utf8, out var hash) is { } known)
        {
            return known;
        }

        var text = Utf8Text.Decode(utf8);
        table.TryAdd(utf8, hash, text);
        return text;
    }

    private FlowNameStats? ResolveFlow(TextSlice flow, ReadOnlySpan<byte> line) =>
        flow.Text is { } text ? _digest.Names.Resolve(text)
        : flow.IsPresent ? _digest.Names.Resolve(flow.In(line))
        : null;

    private string FlowNameOf(ReadOnlySpan<byte> utf8) => _digest.Names.Find(utf8)?.Name ?? Utf8Text.Decode(utf8);

    /// <summary><c>file:line</c> of a <c>code</c> object, interned by the object's exact text (a call site repeats it verbatim).</summary>
    private string? LocationOf(ReadOnlySpan<byte> codeObject)
    {
        if (_locations.Find(codeObject, out var hash) is { } known)
        {
            return ReferenceEquals(known, NoLocation) ? null : known;
        }

        string? file = null;
        int? line = null;
        var reader = new Utf8JsonReader(codeObject, isFinalBlock: true, new JsonReaderState(ReaderOptions));
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isFile = reader.ValueTextEquals("file"u8);
            var isLine = reader.ValueTextEquals("line"u8);
            reader.Read();
            if (isFile)
            {
                file = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            }
            else if (isLine)
            {
                line = reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var number) ? number : null;
            }

            reader.Skip();
        }

        var location = TraceLocationText.Format(file, line);
        _locations.TryAdd(codeObject, hash, location ?? NoLocation);
        return location;
    }
}
