using System;
using System.Collections;
using FlowTest.Model;

namespace FlowTest.Privacy;

/// <summary>Objects, dictionaries, pairs, sequences and exceptions.</summary>
internal sealed partial class EvidenceWalker
{
    private void WriteObject(object value, EvidenceTypeInfo info, int depth)
    {
        _json.WriteStartObject();
        foreach (var member in info.Members)
        {
            if (OverBudget)
            {
                WriteBudgetMarkerMember();
                break;
            }

            WriteMember(value, member, depth);
        }

        _json.WriteEndObject();
    }

    private void WriteNamedValues(NamedValues named, int depth)
    {
        _json.WriteStartObject();
        for (var i = 0; i < named.Names.Length && i < named.Values.Length; i++)
        {
            if (OverBudget)
            {
                WriteBudgetMarkerMember();
                break;
            }

            var name = named.Names[i];
            _path.Push(name);
            _json.WritePropertyName(name);
            WriteEntryValue(named.Values[i], named.Redact[i] || _policy.IsSensitiveKey(name), depth);
            _path.Pop();
        }

        _json.WriteEndObject();
    }

    private void WriteMember(object owner, EvidenceMember member, int depth)
    {
        _path.Push(member.Name);
        if (member.EncodedName is { } encoded)
        {
            _json.WritePropertyName(encoded);
        }
        else
        {
            _json.WritePropertyName(member.Name);
        }

        if (member.Getter is null)
        {
            _json.WriteStringValue(EvidenceMarkers.TypeOnly(member.UnreadableTypeName ?? "unknown"));
        }
        else if (TryRead(member, owner, out var value, out var error))
        {
            WriteEntryValue(value, member.Redact || _policy.IsSensitiveKey(member.Name), depth);
        }
        else
        {
            _json.WriteStringValue(ErrorMarker(error!));
        }

        _path.Pop();
    }

    /// <summary>One <c>KeyValuePair</c> or <c>DictionaryEntry</c> on its own: <c>{"key": value}</c>.</summary>
    private void WritePair(object pair, EvidenceTypeInfo info, int depth)
    {
        _json.WriteStartObject();
        WritePairMember(pair, info, depth);
        _json.WriteEndObject();
    }

    private void WritePairMember(object pair, EvidenceTypeInfo info, int depth)
    {
        // Entries of a dictionary of unusual shape may not be pairs at all.
        var keyMember = info.KeyMember;
        var valueMember = info.ValueMember;
        if (keyMember is null || valueMember is null)
        {
            _json.WriteString(EvidenceMarkers.ErrorMember, EvidenceMarkers.TypeOnly(info.DisplayName));
            return;
        }

        if (!TryRead(keyMember, pair, out var key, out var error) || !TryRead(valueMember, pair, out var value, out error))
        {
            _json.WriteString(EvidenceMarkers.ErrorMember, ErrorMarker(error!));
            return;
        }

        WriteEntry(key, value, depth);
    }

    private void WriteEntry(object? key, object? value, int depth)
    {
        var name = KeyText(key);
        _path.Push(name);
        _json.WritePropertyName(name);
        WriteEntryValue(value, _policy.IsSensitiveKey(name), depth);
        _path.Pop();
    }

    private void WriteDictionary(object dictionary, EvidenceTypeInfo info, int depth)
    {
        _json.WriteStartObject();
        IEnumerator? entries = null;
        try
        {
            entries = dictionary is IDictionary plain ? plain.GetEnumerator() : ((IEnumerable)dictionary).GetEnumerator();
            for (var written = 0; ; written++)
            {
                if (!TryMoveNext(entries, out var entry, out var error))
                {
                    if (error is not null)
                    {
                        _json.WriteString(EvidenceMarkers.ErrorMember, ErrorMarker(error));
                    }

                    break;
                }

                if (written >= PrivacyPolicy.MaxItems)
                {
                    _log.MarkTruncated();
                    _json.WriteString(EvidenceMarkers.MoreMember, MoreMarker(dictionary, info, written));
                    break;
                }

                if (OverBudget)
                {
                    WriteBudgetMarkerMember();
                    break;
                }

                if (entry is null)
                {
                    continue;
                }

                if (entry is DictionaryEntry plainEntry)
                {
                    // IDictionary's own entry, read directly: its compiled accessors cost a cold test host tens of ms of JIT.
                    WriteEntry(plainEntry.Key, plainEntry.Value, depth);
                    continue;
                }

                WritePairMember(entry, EvidenceTypeInfo.For(entry.GetType()), depth);
            }
        }
        catch (Exception exception)
        {
            // GetEnumerator itself threw: nothing was written inside the object yet.
            _json.WriteString(EvidenceMarkers.ErrorMember, ErrorMarker(exception));
        }
        finally
        {
            Dispose(entries);
        }

        _json.WriteEndObject();
    }

    private void WriteSequence(object sequence, EvidenceTypeInfo info, int depth)
    {
        _json.WriteStartArray();
        IEnumerator? items = null;
        try
        {
            items = ((IEnumerable)sequence).GetEnumerator();
            for (var index = 0; ; index++)
            {
                if (!TryMoveNext(items, out var item, out var error))
                {
                    if (error is not null)
                    {
                        _json.WriteStringValue(ErrorMarker(error));
                    }

                    break;
                }

                if (index >= PrivacyPolicy.MaxItems)
                {
                    _log.MarkTruncated();
                    _json.WriteStringValue(MoreMarker(sequence, info, index));
                    break;
                }

                if (OverBudget)
                {
                    WriteBudgetMarkerItem();
                    break;
                }

                _path.PushIndex(index);
                WriteValue(item, depth + 1);
                _path.Pop();
            }
        }
        catch (Exception exception)
        {
            _json.WriteStringValue(ErrorMarker(exception));
        }
        finally
        {
            Dispose(items);
        }

        _json.WriteEndArray();
    }

    /// <summary>Only the type and the redacted message: stacks and data are for the exception event.</summary>
    private void WriteException(Exception exception)
    {
        string? message;
        try
        {
            message = exception.Message;
        }
        catch (Exception getterError)
        {
            message = ErrorMarker(getterError);
        }

        _json.WriteStartObject();
        _json.WriteString(TraceNames.ExceptionFields.Type, EvidenceTypeNames.DescribeSafely(exception.GetType()));
        _path.Push(TraceNames.ExceptionFields.Message);
        _json.WritePropertyName(TraceNames.ExceptionFields.Message);
        WriteText(message ?? string.Empty);
        _path.Pop();
        _json.WriteEndObject();
    }

    private void WriteEntryValue(object? value, bool sensitive, int depth)
    {
        if (sensitive)
        {
            WriteMasked(value);
        }
        else
        {
            WriteValue(value, depth + 1);
        }
    }
}
