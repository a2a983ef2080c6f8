using System;
using System.IO;
using System.Linq;
using FlowTest.Cli.Commands;

namespace FlowTest.Cli.Export;

/// <summary>The names of the export formats and the writer for each.</summary>
internal static class ExportFormats
{
    public static readonly string[] Names = { "chrome", "mermaid", "junit", "csv" };

    /// <summary>Creates the format writing to <paramref name="output"/>; unknown names are a usage error.</summary>
    public static IExportFormat Create(string name, Stream output, TextWriter text) => name.ToLowerInvariant() switch
    {
        "chrome" => new ChromeTraceFormat(output),
        "mermaid" => new MermaidGanttFormat(text),
        "junit" => new JUnitFormat(output),
        "csv" => new CsvFlowFormat(text),
        _ => throw new UsageException($"unknown format '{name}'; use one of: {string.Join(", ", Names)}."),
    };

    public static bool IsKnown(string name) => Names.Contains(name.ToLowerInvariant(), StringComparer.Ordinal);
}
