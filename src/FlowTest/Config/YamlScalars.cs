using System;
using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace FlowTest.Config;

/// <summary>
/// Reads scalar text the way a YAML 1.2 user expects (we use the representation model, which
/// keeps every value as text so that each one still has its line and column).
/// </summary>
internal static class YamlScalars
{
    /// <summary>An empty value, <c>~</c> or an unquoted <c>null</c>: treated as "not given".</summary>
    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode scalar
        && scalar.Style is ScalarStyle.Plain or ScalarStyle.Any
        && (scalar.Value is null or "" or "~" or "null" or "Null" or "NULL");

    /// <summary>How a value is named in a message: <c>'text'</c>, <c>a list</c>, <c>a mapping</c>.</summary>
    public static string Describe(YamlNode node) => node switch
    {
        YamlScalarNode scalar => "'" + scalar.Value + "'",
        YamlSequenceNode => "a list",
        YamlMappingNode => "a mapping",
        _ => "an alias",
    };

    public static bool TryParseBool(string text, out bool value)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case "true" or "yes" or "on":
                value = true;
                return true;
            case "false" or "no" or "off":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }

    public static bool TryParseInt(string text, out long value) =>
        long.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    public static bool TryParseNumber(string text, out double value) =>
        double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value)
        && !double.IsNaN(value)
        && !double.IsInfinity(value);

    /// <summary>A byte count: a whole number, or one with a binary unit (<c>512KB</c>, <c>10 MiB</c>, <c>1g</c>).</summary>
    public static bool TryParseByteSize(string text, out long bytes)
    {
        var trimmed = text.Trim();
        var digits = 0;
        while (digits < trimmed.Length && char.IsDigit(trimmed[digits]))
        {
            digits++;
        }

        bytes = 0;
        if (digits == 0 || !long.TryParse(trimmed.Substring(0, digits), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return false;
        }

        long multiplier = trimmed.Substring(digits).Trim().ToLowerInvariant() switch
        {
            "" or "b" => 1,
            "k" or "kb" or "kib" => 1024,
            "m" or "mb" or "mib" => 1024 * 1024,
            "g" or "gb" or "gib" => 1024 * 1024 * 1024,
            _ => 0,
        };
        if (multiplier == 0 || number > long.MaxValue / multiplier)
        {
            return false;
        }

        bytes = number * multiplier;
        return true;
    }

    public static string Format(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    public static string Format(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Format(bool value) => value ? "true" : "false";

    /// <summary>Compares a scalar key with a name ignoring how the key was quoted.</summary>
    public static bool IsKey(YamlNode key, string name) =>
        key is YamlScalarNode scalar && string.Equals(scalar.Value, name, StringComparison.Ordinal);
}
