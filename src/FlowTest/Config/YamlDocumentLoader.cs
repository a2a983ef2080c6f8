using System;
using System.Collections.Generic;
using System.IO;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace FlowTest.Config;

/// <summary>Turns file text into the root node of its first YAML document, reporting malformed YAML.</summary>
internal static class YamlDocumentLoader
{
    /// <summary>
    /// Parses one configuration file: its root mapping (keys checked against
    /// <paramref name="rootKeys"/>) is read by <paramref name="read"/>. Never throws: a bug while
    /// interpreting the file becomes one error diagnostic ending in <paramref name="fallbackNote"/>,
    /// and <paramref name="fallback"/> is used, so a user's test run is never broken by it.
    /// </summary>
    public static ConfigParseResult<T> ParseSafely<T>(
        string yamlText, string filePath, IReadOnlyList<string> rootKeys, T fallback, Func<YamlMappingReader, T> read, string fallbackNote)
    {
        var report = new ConfigDiagnosticCollector(filePath);
        var value = fallback;
        try
        {
            var root = YamlMappingReader.Open(LoadRoot(yamlText, report), "", report, rootKeys);
            if (root is not null)
            {
                value = read(root);
            }
        }
        catch (Exception ex)
        {
            report.Add(
                ConfigDiagnosticSeverity.Error,
                ConfigDiagnosticCodes.MalformedYaml,
                Mark.Empty,
                "",
                "the file could not be interpreted (" + ex.GetType().Name + ": " + ex.Message + "); " + fallbackNote);
            value = fallback;
        }

        return new ConfigParseResult<T>(value, report.DiagnosticsInFileOrder);
    }

    /// <summary>The root node, or <see langword="null"/> for an empty file or YAML that does not parse.</summary>
    public static YamlNode? LoadRoot(string yamlText, ConfigDiagnosticCollector report)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yamlText));
        }
        catch (YamlException ex)
        {
            ReportMalformed(ex, report);
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            return null;
        }

        if (stream.Documents.Count > 1)
        {
            report.Warning(
                ConfigDiagnosticCodes.ExtraDocuments,
                stream.Documents[1].RootNode,
                "",
                "the file holds " + stream.Documents.Count + " YAML documents (separated by '---'); only the first is read, remove the others");
        }

        return stream.Documents[0].RootNode;
    }

    private static void ReportMalformed(YamlException ex, ConfigDiagnosticCollector report)
    {
        // YamlDotNet refuses duplicate keys while building the tree, so the file as a whole is lost.
        const string duplicatePrefix = "Duplicate key ";
        var at = ex.Start;
        if (ex.Message.StartsWith(duplicatePrefix, StringComparison.Ordinal))
        {
            var key = ex.Message.Substring(duplicatePrefix.Length);
            report.Add(
                ConfigDiagnosticSeverity.Error,
                ConfigDiagnosticCodes.DuplicateKey,
                at,
                key,
                "key '" + key + "' appears twice in the same mapping; remove one of them (until then every setting of this file keeps its default)");
            return;
        }

        report.Add(
            ConfigDiagnosticSeverity.Error,
            ConfigDiagnosticCodes.MalformedYaml,
            at,
            "",
            "the file is not valid YAML (" + ex.Message.TrimEnd('.') + "); every setting of this file keeps its default until it is fixed");
    }
}
