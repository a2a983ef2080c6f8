using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using YamlDotNet.RepresentationModel;

namespace FlowTest.Config;

/// <summary>
/// Typed, forgiving access to one YAML mapping of a configuration file. Every getter takes the
/// default to fall back to: a missing or empty key yields it silently, a bad value yields it
/// with an error diagnostic at the value's line and column. Unknown keys are reported when the
/// mapping is opened.
/// </summary>
internal sealed partial class YamlMappingReader
{
    private readonly YamlMappingNode _node;

    private YamlMappingReader(YamlMappingNode node, string path, ConfigDiagnosticCollector report)
    {
        _node = node;
        Path = path;
        Report = report;
    }

    /// <summary>The dotted path of this mapping ("" for the document root).</summary>
    public string Path { get; }

    public ConfigDiagnosticCollector Report { get; }

    /// <summary>
    /// Opens <paramref name="node"/> as a mapping. A missing or empty node gives <see langword="null"/>
    /// silently; any other non-mapping gives <see langword="null"/> and an error. With
    /// <paramref name="knownKeys"/>, other keys are reported as unknown (with a suggestion).
    /// </summary>
    public static YamlMappingReader? Open(YamlNode? node, string path, ConfigDiagnosticCollector report, IReadOnlyList<string>? knownKeys)
    {
        if (node is null || YamlScalars.IsNull(node))
        {
            return null;
        }

        if (node is not YamlMappingNode mapping)
        {
            var what = path.Length == 0 ? "the file" : "'" + path + "'";
            report.Error(
                ConfigDiagnosticCodes.WrongType,
                node,
                path,
                what + " must be a mapping of keys to values, got " + YamlScalars.Describe(node) + "; its settings keep their defaults");
            return null;
        }

        var reader = new YamlMappingReader(mapping, path, report);
        reader.ReportOddKeys(knownKeys);
        return reader;
    }

    public string ChildPath(string key) => Path.Length == 0 ? key : Path + "." + key;

    /// <summary>The entries whose keys are plain names (for mappings keyed by user names, like <c>profiles</c>).</summary>
    public IEnumerable<KeyValuePair<YamlScalarNode, YamlNode>> Entries =>
        _node.Children
            .Where(entry => entry.Key is YamlScalarNode)
            .Select(entry => new KeyValuePair<YamlScalarNode, YamlNode>((YamlScalarNode)entry.Key, entry.Value));

    /// <summary>The value of <paramref name="key"/>; <see langword="null"/> when it is missing or empty.</summary>
    public YamlNode? Find(string key)
    {
        foreach (var entry in _node.Children)
        {
            if (YamlScalars.IsKey(entry.Key, key))
            {
                return YamlScalars.IsNull(entry.Value) ? null : entry.Value;
            }
        }

        return null;
    }

    public YamlMappingReader? Mapping(string key, IReadOnlyList<string>? knownKeys) =>
        Open(Find(key), ChildPath(key), Report, knownKeys);

    public bool Bool(string key, bool fallback)
    {
        const string Expected = "true or false";
        if (!TryScalar(key, Expected, YamlScalars.Format(fallback), out var scalar))
        {
            return fallback;
        }

        if (YamlScalars.TryParseBool(scalar.Value ?? "", out var value))
        {
            return value;
        }

        return Reject(ConfigDiagnosticCodes.WrongType, scalar, key, Expected, YamlScalars.Format(fallback), fallback);
    }

    public int Int(string key, int fallback, int minimum)
    {
        var fallbackText = YamlScalars.Format(fallback);
        if (!TryScalar(key, "a whole number", fallbackText, out var scalar))
        {
            return fallback;
        }

        if (!YamlScalars.TryParseInt(scalar.Value ?? "", out var value))
        {
            return Reject(ConfigDiagnosticCodes.WrongType, scalar, key, "a whole number", fallbackText, fallback);
        }

        if (value < minimum || value > int.MaxValue)
        {
            var range = "a whole number from " + YamlScalars.Format(minimum) + " to " + YamlScalars.Format(int.MaxValue);
            return Reject(ConfigDiagnosticCodes.InvalidValue, scalar, key, range, fallbackText, fallback);
        }

        return (int)value;
    }

    public long ByteSize(string key, long fallback, long minimum)
    {
        const string Expected = "a byte count such as 10485760 or 10MB";
        var fallbackText = YamlScalars.Format(fallback);
        if (!TryScalar(key, Expected, fallbackText, out var scalar))
        {
            return fallback;
        }

        if (!YamlScalars.TryParseByteSize(scalar.Value ?? "", out var value))
        {
            return Reject(ConfigDiagnosticCodes.WrongType, scalar, key, Expected, fallbackText, fallback);
        }

        if (value < minimum)
        {
            return Reject(ConfigDiagnosticCodes.InvalidValue, scalar, key, "at least " + YamlScalars.Format(minimum) + " bytes", fallbackText, fallback);
        }

        return value;
    }

    /// <summary>A number greater than zero (milliseconds), or <paramref name="fallback"/>.</summary>
    public double? PositiveNumber(string key, double? fallback)
    {
        var fallbackText = fallback is null ? "none" : YamlScalars.Format(fallback.Value);
        if (!TryScalar(key, "a number", fallbackText, out var scalar))
        {
            return fallback;
        }

        return ParsePositive(scalar, ChildPath(key), Report) ?? fallback;
    }

    public string? Text(string key, string? fallback)
    {
        if (!TryScalar(key, "a text value", fallback ?? "none", out var scalar))
        {
            return fallback;
        }

        var text = scalar.Value?.Trim();
        return string.IsNullOrEmpty(text) ? fallback : text;
    }

    /// <summary>One of the names in <paramref name="choices"/> (case-insensitive).</summary>
    public T Choice<T>(string key, T fallback, IReadOnlyList<KeyValuePair<string, T>> choices)
    {
        var names = choices.Select(choice => choice.Key).ToArray();
        var expected = "one of " + string.Join(", ", names);
        var fallbackText = choices.FirstOrDefault(choice => EqualityComparer<T>.Default.Equals(choice.Value, fallback)).Key ?? "none";
        if (!TryScalar(key, expected, fallbackText, out var scalar))
        {
            return fallback;
        }

        var text = (scalar.Value ?? "").Trim();
        foreach (var choice in choices)
        {
            if (string.Equals(choice.Key, text, StringComparison.OrdinalIgnoreCase))
            {
                return choice.Value;
            }
        }

        Report.Error(
            ConfigDiagnosticCodes.InvalidValue,
            scalar,
            ChildPath(key),
            "'" + ChildPath(key) + "' must be " + expected + ", got '" + text + "'" + NameSuggester.DidYouMean(text, names)
            + "; using the default (" + fallbackText + ")");
        return fallback;
    }

    private static double? ParsePositive(YamlNode node, string path, ConfigDiagnosticCollector report)
    {
        if (node is YamlScalarNode scalar && YamlScalars.TryParseNumber(scalar.Value ?? "", out var value))
        {
            if (value > 0)
            {
                return value;
            }

            report.Error(ConfigDiagnosticCodes.InvalidValue, node, path, "'" + path + "' must be greater than 0, got " + YamlScalars.Describe(node) + "; it keeps its default");
            return null;
        }

        report.Error(ConfigDiagnosticCodes.WrongType, node, path, "'" + path + "' must be a number, got " + YamlScalars.Describe(node) + "; it keeps its default");
        return null;
    }

    /// <summary>The scalar value of <paramref name="key"/>; a list or mapping there is reported as the wrong type.</summary>
    private bool TryScalar(string key, string expected, string fallbackText, [NotNullWhen(true)] out YamlScalarNode? scalar)
    {
        var node = Find(key);
        scalar = node as YamlScalarNode;
        if (node is not null && scalar is null)
        {
            Reject(ConfigDiagnosticCodes.WrongType, node, key, expected, fallbackText, false);
        }

        return scalar is not null;
    }

    private T Reject<T>(string code, YamlNode node, string key, string expected, string fallbackText, T fallback)
    {
        var path = ChildPath(key);
        Report.Error(code, node, path, "'" + path + "' must be " + expected + ", got " + YamlScalars.Describe(node) + "; using the default (" + fallbackText + ")");
        return fallback;
    }

    private void ReportOddKeys(IReadOnlyList<string>? knownKeys)
    {
        foreach (var entry in _node.Children)
        {
            if (entry.Key is not YamlScalarNode keyNode)
            {
                Report.Error(ConfigDiagnosticCodes.WrongType, entry.Key, Path, "keys must be plain names, got " + YamlScalars.Describe(entry.Key) + "; the entry is ignored");
                continue;
            }

            var name = keyNode.Value ?? "";
            if (knownKeys is null || knownKeys.Contains(name))
            {
                continue;
            }

            var suggestion = NameSuggester.Suggest(name, knownKeys);
            var message = suggestion is null
                ? "unknown key '" + name + "' is ignored; the keys known here are " + string.Join(", ", knownKeys)
                : "unknown key '" + name + "' (did you mean '" + suggestion + "'?)";
            Report.Warning(ConfigDiagnosticCodes.UnknownKey, keyNode, ChildPath(name), message);
        }
    }
}
