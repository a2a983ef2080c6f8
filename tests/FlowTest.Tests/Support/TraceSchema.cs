using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace FlowTest.Tests.Support;

/// <summary>
/// Validates trace lines against docs/trace.schema.json. Every test that produces trace lines
/// should pass them through <see cref="AssertValid"/> (SPEC §5: the suite validates every line).
/// </summary>
internal static class TraceSchema
{
    private static readonly Lazy<JsonSchemaSubset> Schema = new(Load);

    public static string SchemaPath => RepositoryRoot.Combine("docs/trace.schema.json");

    /// <summary>The violations of one line; empty when it is a valid trace line.</summary>
    public static IReadOnlyList<string> Validate(string line)
    {
        if (line.Contains('\n', StringComparison.Ordinal))
        {
            return new[] { "(line): contains a newline; a trace line is one line without its terminator" };
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException exception)
        {
            return new[] { "(line): not valid JSON: " + exception.Message };
        }

        using (document)
        {
            return Schema.Value.Validate(document.RootElement);
        }
    }

    public static void AssertValid(string line)
    {
        var errors = Validate(line);
        if (errors.Count > 0)
        {
            Assert.Fail("Trace line violates docs/trace.schema.json:\n  " + string.Join("\n  ", errors) + "\nline: " + line);
        }
    }

    /// <summary>Validates every non-empty line of a JSONL text.</summary>
    public static void AssertAllValid(IEnumerable<string> lines)
    {
        foreach (var line in lines.Where(l => l.Length > 0))
        {
            AssertValid(line);
        }
    }

    private static JsonSchemaSubset Load()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(SchemaPath));
        return new JsonSchemaSubset(document.RootElement);
    }
}
