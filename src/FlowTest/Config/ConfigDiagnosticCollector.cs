using System.Collections.Generic;
using System.Linq;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace FlowTest.Config;

/// <summary>Collects the diagnostics of one file, positioned at the YAML node they are about.</summary>
internal sealed class ConfigDiagnosticCollector
{
    private readonly List<ConfigDiagnostic> _diagnostics = new();

    public ConfigDiagnosticCollector(string filePath)
    {
        FilePath = filePath;
    }

    public string FilePath { get; }

    public IReadOnlyList<ConfigDiagnostic> Diagnostics => _diagnostics;

    /// <summary>
    /// The diagnostics by line and column (those without a position first). Sections are read in
    /// a fixed order, not file order, and a reader fixes a file top to bottom.
    /// </summary>
    public IReadOnlyList<ConfigDiagnostic> DiagnosticsInFileOrder =>
        _diagnostics.OrderBy(diagnostic => diagnostic.Line).ThenBy(diagnostic => diagnostic.Column).ToArray();

    public void Warning(string code, YamlNode? at, string key, string message) =>
        Add(ConfigDiagnosticSeverity.Warning, code, at?.Start ?? Mark.Empty, key, message);

    public void Error(string code, YamlNode? at, string key, string message) =>
        Add(ConfigDiagnosticSeverity.Error, code, at?.Start ?? Mark.Empty, key, message);

    /// <summary>Adds a diagnostic at a YamlDotNet mark (1-based; <see cref="Mark.Empty"/> means "no position").</summary>
    public void Add(ConfigDiagnosticSeverity severity, string code, Mark at, string key, string message) =>
        _diagnostics.Add(new ConfigDiagnostic(severity, code, FilePath, (int)at.Line, (int)at.Column, key, message));
}
