using System;
using System.Collections;

namespace FlowTest.Privacy;

/// <summary>
/// Every call into user code (getters, enumerators, <c>ToString</c>, <c>Count</c>) goes through
/// these guards: an exception becomes a value the caller turns into a marker.
/// </summary>
internal sealed partial class EvidenceWalker
{
    /// <summary>A dictionary key as a property name: sanitised, short, and without secrets of its own.</summary>
    private string KeyText(object? key)
    {
        var raw = key switch
        {
            null => "null",
            string text => text,
            _ => ScalarText(key) ?? SafeToString(key),
        };

        var name = _policy.PrepareText(raw, PrivacyPolicy.MaxKeyLength, out var redacted, out _);
        if (redacted)
        {
            _log.Add(_path + "." + name);
        }

        return name;
    }

    private static string SafeToString(object value)
    {
        try
        {
            return value.ToString() ?? string.Empty;
        }
        catch (Exception exception)
        {
            return ErrorMarker(exception);
        }
    }

    private static string MoreMarker(object collection, EvidenceTypeInfo info, int written)
    {
        if (info.Count is not null)
        {
            try
            {
                var remaining = info.Count(collection) - written;
                if (remaining > 0)
                {
                    return EvidenceMarkers.MoreItemsOf(remaining);
                }
            }
            catch (Exception)
            {
                // A count that throws is no worse than an unknown one.
            }
        }

        return EvidenceMarkers.MoreItems;
    }

    private static bool TryRead(EvidenceMember member, object owner, out object? value, out Exception? error)
    {
        try
        {
            value = member.Getter!(owner);
            error = null;
            return true;
        }
        catch (Exception exception)
        {
            value = null;
            error = exception;
            return false;
        }
    }

    private static bool TryMoveNext(IEnumerator enumerator, out object? current, out Exception? error)
    {
        try
        {
            error = null;
            if (enumerator.MoveNext())
            {
                current = enumerator.Current;
                return true;
            }
        }
        catch (Exception exception)
        {
            error = exception;
        }

        current = null;
        return false;
    }

    private static void Dispose(IEnumerator? enumerator)
    {
        try
        {
            (enumerator as IDisposable)?.Dispose();
        }
        catch (Exception)
        {
            // The items are written; a failing Dispose must not undo that.
        }
    }
}
