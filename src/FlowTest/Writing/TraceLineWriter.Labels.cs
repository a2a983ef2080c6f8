using System.Collections.Generic;
using System.Text.Json;
using FlowTest.Context;

namespace FlowTest.Writing;

/// <content>
/// Tags and correlation of <c>flow.started</c>: every test flow has five of them, so the per-key
/// facts (sensitivity, escaped key) and the values that passed redaction before are cached, and a
/// <c>redacted_fields</c> path is built only when something was redacted.
/// </content>
internal sealed partial class TraceLineWriter
{
    private readonly LabelKeyCache _labelKeys;
    private readonly UnchangedTextCache _unchangedLabelValues = new();

    private void WriteLabels(JsonEncodedText name, string path, IReadOnlyDictionary<string, string>? labels)
    {
        if (labels is null || labels.Count == 0)
        {
            return;
        }

        _json.WriteStartObject(name);
        if (labels is LabelMap map)
        {
            // The adapters' labels: read by index, no enumerator per event.
            for (var i = 0; i < map.Count; i++)
            {
                var pair = map.At(i);
                WriteLabel(path, pair.Key, pair.Value);
            }
        }
        else if (labels is Dictionary<string, string> dictionary)
        {
            // Enumerated without boxing an enumerator per event.
            foreach (var pair in dictionary)
            {
                WriteLabel(path, pair.Key, pair.Value);
            }
        }
        else
        {
            foreach (var pair in labels)
            {
                WriteLabel(path, pair.Key, pair.Value);
            }
        }

        _json.WriteEndObject();
    }

    private void WriteLabel(string path, string key, string value)
    {
        var label = _labelKeys.Get(key);
        string written;
        if (label.IsSensitive)
        {
            written = _privacy.Mask(value);
            _redactedPaths.Add(path + "." + key);
        }
        else if (_unchangedLabelValues.Contains(value))
        {
            written = value;
        }
        else
        {
            written = RedactLabelValue(path, key, value);
        }

        if (label.Encoded is { } encodedKey)
        {
            _json.WriteString(encodedKey, written);
        }
        else
        {
            _json.WriteString(key, written);
        }
    }

    /// <summary>Like <c>RedactText</c>, with the <c>redacted_fields</c> path built only when needed.</summary>
    private string RedactLabelValue(string path, string key, string value)
    {
        var written = RedactAndTruncate(value, out var redacted);
        if (redacted)
        {
            _redactedPaths.Add(path + "." + key);
        }

        if (value is not null && ReferenceEquals(written, value))
        {
            _unchangedLabelValues.Add(value);
        }

        return written;
    }
}
