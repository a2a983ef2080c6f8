using System;
using System.Collections.Generic;
using System.Reflection;
using System.Text.Json;

namespace FlowTest.Privacy;

/// <summary>
/// Writes one evidence value, recursively, applying the privacy rules as it goes: sensitive keys
/// and <c>[Redact]</c> members masked, strings redacted and cut, depth, cycles, item counts and
/// the payload byte budget enforced. One instance per thread (held by its <see cref="ScratchJsonBuffer"/>),
/// used by one <see cref="EvidenceWriter.Write"/> call at a time.
/// </summary>
/// <remarks>
/// User code (getters, enumerators, <c>ToString</c>) is only ever called inside a try block at a
/// point where the JSON writer state is known, so a throwing member becomes a marker value and the
/// JSON stays well-formed.
/// </remarks>
internal sealed partial class EvidenceWalker
{
    // Room kept for a truncation marker and the closing brackets once the budget is reached.
    private const int BudgetReserve = 40;

    private readonly ScratchJsonBuffer _scratch;
    private readonly EvidencePath _path = new();
    private readonly List<object> _ancestors = new();
    private Utf8JsonWriter _json = null!;
    private PrivacyPolicy _policy = PrivacyPolicy.Default;
    private RedactionLog _log = null!;
    private bool _relaxedEscaping;

    // Set once the payload limit was hit and its marker written: every enclosing container then
    // closes without adding more.
    private bool _budgetExhausted;

    /// <summary>A walker writing into <paramref name="scratch"/>; reused for every write on that buffer's thread.</summary>
    public EvidenceWalker(ScratchJsonBuffer scratch)
    {
        _scratch = scratch;
    }

    private long Written => _json.BytesCommitted + _json.BytesPending;

    private long Remaining => _policy.PayloadLimit - Written;

    private bool OverBudget => _budgetExhausted || Written + BudgetReserve > _policy.PayloadLimit;

    /// <summary>Writes <paramref name="value"/> as the whole payload, logging paths under <paramref name="rootPath"/>.</summary>
    public void Write(object? value, PrivacyPolicy policy, RedactionLog log, string rootPath)
    {
        _json = _scratch.Json;
        _relaxedEscaping = _scratch.RelaxedEscaping;
        _policy = policy;
        _log = log;
        _path.Reset(rootPath);
        _ancestors.Clear();
        _budgetExhausted = false;
        WriteValue(value, 0);
    }

    private void WriteValue(object? value, int depth)
    {
        if (value is null)
        {
            _json.WriteNullValue();
            return;
        }

        if (value is string text)
        {
            WriteText(text);
            return;
        }

        if (value is NamedValues named)
        {
            WriteNamedValues(named, depth);
            return;
        }

        var type = value.GetType();
        if (!type.IsEnum && TryWritePrimitive(value, Type.GetTypeCode(type)))
        {
            return;
        }

        var info = EvidenceTypeInfo.For(type);
        if (info.IsContainer)
        {
            WriteContainer(value, info, depth);
            return;
        }

        switch (info.Kind)
        {
            case EvidenceKind.Enum:
                _json.WriteStringValue(value.ToString());
                break;
            case EvidenceKind.FormattedScalar:
                WriteText(FormatScalar(value) ?? string.Empty);
                break;
            case EvidenceKind.Uri:
                WriteText(((Uri)value).OriginalString);
                break;
            case EvidenceKind.Bytes:
                _json.WriteStringValue(EvidenceMarkers.Bytes(ByteCount(value)));
                break;
            case EvidenceKind.TypeName:
                _json.WriteStringValue(EvidenceTypeNames.DescribeSafely((Type)value));
                break;
            case EvidenceKind.Exception:
                WriteException((Exception)value);
                break;
            case EvidenceKind.Json:
                WriteJson(value, depth);
                break;
            case EvidenceKind.NotTraced:
                _json.WriteStringValue(EvidenceMarkers.NotTraced(info.DisplayName));
                break;
            default:
                _json.WriteStringValue(EvidenceMarkers.TypeOnly(info.DisplayName));
                break;
        }
    }

    private void WriteContainer(object value, EvidenceTypeInfo info, int depth)
    {
        if (depth >= PrivacyPolicy.MaxDepth)
        {
            _json.WriteStringValue(EvidenceMarkers.DepthLimit);
            _log.MarkTruncated();
            return;
        }

        var tracked = !info.Type.IsValueType;
        if (tracked)
        {
            foreach (var ancestor in _ancestors)
            {
                if (ReferenceEquals(ancestor, value))
                {
                    _json.WriteStringValue(EvidenceMarkers.Cycle);
                    return;
                }
            }

            _ancestors.Add(value);
        }

        try
        {
            switch (info.Kind)
            {
                case EvidenceKind.Object:
                    WriteObject(value, info, depth);
                    break;
                case EvidenceKind.KeyValuePair:
                    WritePair(value, info, depth);
                    break;
                case EvidenceKind.Dictionary:
                case EvidenceKind.KeyValueSequence:
                    WriteDictionary(value, info, depth);
                    break;
                default:
                    WriteSequence(value, info, depth);
                    break;
            }
        }
        finally
        {
            if (tracked)
            {
                _ancestors.RemoveAt(_ancestors.Count - 1);
            }
        }
    }

    /// <summary>A value under a sensitive key or <c>[Redact]</c>: null stays null, anything else is masked.</summary>
    private void WriteMasked(object? value)
    {
        if (value is null)
        {
            _json.WriteNullValue();
            return;
        }

        _log.Add(_path.ToString());

        // Only scalars have a stable text to hash; a masked object is just REDACTED.
        _json.WriteStringValue(_policy.Mask(_policy.Hash ? ScalarText(value) : null));
    }

    private void WriteText(string text)
    {
        var budget = Math.Max(0, Remaining - BudgetReserve);
        var maxChars = (int)Math.Min(_policy.StringLimit, budget);
        var prepared = _policy.PrepareText(text, maxChars, out var redacted, out var truncated);
        if (redacted)
        {
            _log.Add(_path.ToString());
        }

        // Escaping can make a string several times longer than its characters: cut again to fit.
        if ((long)prepared.Length * 6 > budget && JsonSizeEstimate.Bytes(prepared, _relaxedEscaping) > budget)
        {
            var markerBytes = JsonSizeEstimate.Bytes(EvidenceMarkers.Truncated, _relaxedEscaping);
            var fit = JsonSizeEstimate.FitChars(prepared, Math.Max(0, budget - markerBytes), _relaxedEscaping);
            prepared = prepared.Substring(0, fit) + EvidenceMarkers.Truncated;
            truncated = true;
        }

        if (truncated)
        {
            _log.MarkTruncated();
        }

        _json.WriteStringValue(prepared);
    }

    private void WriteBudgetMarkerMember()
    {
        if (_budgetExhausted)
        {
            return;
        }

        _budgetExhausted = true;
        _log.MarkTruncated();
        _json.WriteString(EvidenceMarkers.TruncatedMember, EvidenceMarkers.Truncated);
    }

    private void WriteBudgetMarkerItem()
    {
        if (_budgetExhausted)
        {
            return;
        }

        _budgetExhausted = true;
        _log.MarkTruncated();
        _json.WriteStringValue(EvidenceMarkers.Truncated);
    }

    private static string ErrorMarker(Exception exception) =>
        EvidenceMarkers.Error(exception is TargetInvocationException { InnerException: { } inner } ? inner : exception);
}
