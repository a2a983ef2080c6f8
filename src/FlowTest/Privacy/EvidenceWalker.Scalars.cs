using System;
using System.Globalization;

namespace FlowTest.Privacy;

/// <summary>Scalars: numbers, booleans, dates and the other values written as one JSON token.</summary>
internal sealed partial class EvidenceWalker
{
    private static long ByteCount(object value) => value switch
    {
        byte[] bytes => bytes.LongLength,
        ArraySegment<byte> segment => segment.Count,
        Memory<byte> memory => memory.Length,
        ReadOnlyMemory<byte> memory => memory.Length,
        _ => 0,
    };

    /// <summary>Invariant text of a scalar (what is hashed when a scalar secret is masked); null for non-scalars.</summary>
    private static string? ScalarText(object value)
    {
        if (value is string text)
        {
            return text;
        }

        var type = value.GetType();
        if (type.IsEnum)
        {
            return value.ToString();
        }

        switch (Type.GetTypeCode(type))
        {
            case TypeCode.Boolean:
                return (bool)value ? "true" : "false";
            case TypeCode.Char:
                return value.ToString();
            case TypeCode.DateTime:
                return ((DateTime)value).ToString("O", CultureInfo.InvariantCulture);
            case TypeCode.SByte:
            case TypeCode.Byte:
            case TypeCode.Int16:
            case TypeCode.UInt16:
            case TypeCode.Int32:
            case TypeCode.UInt32:
            case TypeCode.Int64:
            case TypeCode.UInt64:
            case TypeCode.Single:
            case TypeCode.Double:
            case TypeCode.Decimal:
                return ((IFormattable)value).ToString(null, CultureInfo.InvariantCulture);
        }

        return EvidenceTypeInfo.For(type).Kind switch
        {
            EvidenceKind.FormattedScalar => FormatScalar(value),
            EvidenceKind.Uri => ((Uri)value).OriginalString,
            _ => null,
        };
    }

    private static string? FormatScalar(object value) => value switch
    {
        DateTimeOffset moment => moment.ToString("O", CultureInfo.InvariantCulture),
        TimeSpan span => span.ToString("c", CultureInfo.InvariantCulture),
        Guid guid => guid.ToString("D"),
#if NET8_0_OR_GREATER
        DateOnly date => date.ToString("O", CultureInfo.InvariantCulture),
        TimeOnly time => time.ToString("O", CultureInfo.InvariantCulture),
#endif
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private bool TryWritePrimitive(object value, TypeCode code)
    {
        switch (code)
        {
            case TypeCode.Boolean:
                _json.WriteBooleanValue((bool)value);
                return true;
            case TypeCode.Char:
                _json.WriteStringValue(Utf16Text.Sanitize(((char)value).ToString()));
                return true;
            case TypeCode.SByte:
            case TypeCode.Byte:
            case TypeCode.Int16:
            case TypeCode.UInt16:
            case TypeCode.Int32:
            case TypeCode.UInt32:
            case TypeCode.Int64:
                _json.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                return true;
            case TypeCode.UInt64:
                _json.WriteNumberValue((ulong)value);
                return true;
            case TypeCode.Single:
                WriteFloatingPoint((float)value);
                return true;
            case TypeCode.Double:
                WriteFloatingPoint((double)value);
                return true;
            case TypeCode.Decimal:
                _json.WriteNumberValue((decimal)value);
                return true;
            case TypeCode.DateTime:
                _json.WriteStringValue(((DateTime)value).ToString("O", CultureInfo.InvariantCulture));
                return true;
            case TypeCode.DBNull:
                _json.WriteNullValue();
                return true;
            default:
                return false;
        }
    }

    // JSON has no NaN or infinities; the writer would throw on them.
    private void WriteFloatingPoint(double number)
    {
        if (double.IsNaN(number) || double.IsInfinity(number))
        {
            _json.WriteStringValue(number.ToString(CultureInfo.InvariantCulture));
            return;
        }

        _json.WriteNumberValue(number);
    }

    private void WriteFloatingPoint(float number)
    {
        if (float.IsNaN(number) || float.IsInfinity(number))
        {
            _json.WriteStringValue(number.ToString(CultureInfo.InvariantCulture));
            return;
        }

        _json.WriteNumberValue(number);
    }
}
