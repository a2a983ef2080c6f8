using System.Collections.Generic;
using System.Linq;
using YamlDotNet.RepresentationModel;

namespace FlowTest.Config;

/// <summary>The list-valued getters of <see cref="YamlMappingReader"/>.</summary>
internal sealed partial class YamlMappingReader
{
    public IReadOnlyList<string> StringList(string key, IReadOnlyList<string> fallback)
    {
        var scalars = ScalarList(key);
        return scalars is null ? fallback : scalars.Select(scalar => scalar.Value!.Trim()).ToArray();
    }

    /// <summary>
    /// A list of non-empty scalars (a single scalar counts as a one-item list). <see langword="null"/>
    /// when the key is missing or when any item is not a scalar (reported), so the caller keeps its default.
    /// </summary>
    public IReadOnlyList<YamlScalarNode>? ScalarList(string key)
    {
        var node = Find(key);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode single)
        {
            return new[] { single };
        }

        var items = ListItems(node, key);
        if (items is null)
        {
            return null;
        }

        var result = new List<YamlScalarNode>(items.Count);
        var valid = true;
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is YamlScalarNode scalar && !YamlScalars.IsNull(scalar) && !string.IsNullOrWhiteSpace(scalar.Value))
            {
                result.Add(scalar);
                continue;
            }

            valid = false;
            Report.Error(
                ConfigDiagnosticCodes.WrongType,
                items[i],
                ChildPath(key) + "[" + i + "]",
                "items of '" + ChildPath(key) + "' must be non-empty text, got " + YamlScalars.Describe(items[i]) + "; the whole list keeps its default");
        }

        return valid ? result : null;
    }

    /// <summary>A list of numbers greater than zero, sorted ascending without duplicates.</summary>
    public IReadOnlyList<double> PositiveNumberList(string key, IReadOnlyList<double> fallback)
    {
        var node = Find(key);
        if (node is null)
        {
            return fallback;
        }

        var items = node is YamlScalarNode ? new[] { node } : ListItems(node, key);
        if (items is null)
        {
            return fallback;
        }

        var values = new SortedSet<double>();
        var valid = true;
        for (var i = 0; i < items.Count; i++)
        {
            var value = ParsePositive(items[i], ChildPath(key) + "[" + i + "]", Report);
            valid &= value is not null;
            if (value is not null)
            {
                values.Add(value.Value);
            }
        }

        return valid ? values.ToArray() : fallback;
    }

    /// <summary>The items of a list value; <see langword="null"/> (and an error) when it is not a list.</summary>
    public IReadOnlyList<YamlNode>? ListItems(YamlNode node, string key)
    {
        if (node is YamlSequenceNode sequence)
        {
            return sequence.Children.ToArray();
        }

        Report.Error(
            ConfigDiagnosticCodes.WrongType,
            node,
            ChildPath(key),
            "'" + ChildPath(key) + "' must be a list, got " + YamlScalars.Describe(node) + "; it keeps its default");
        return null;
    }
}
