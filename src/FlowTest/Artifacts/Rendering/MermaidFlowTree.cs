using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using FlowTest.Artifacts.Digest;

namespace FlowTest.Artifacts.Rendering;

/// <summary>
/// The flow tree by names as a Mermaid <c>flowchart TD</c>: one node per flow name, styled by the
/// worst verdict seen, edges labelled with how often the child started under the parent.
/// </summary>
internal static class MermaidFlowTree
{
    /// <summary>More nodes make an unreadable picture (and GitHub refuses very large diagrams).</summary>
    public const int DefaultMaxNodes = 40;

    private static readonly string[] StyleOrder = { "exception", "failure", "incomplete", "skipped", "success", "unknown" };

    private static readonly Dictionary<string, string> StyleDefinitions = new(StringComparer.Ordinal)
    {
        ["success"] = "fill:#e6f4ea,stroke:#2e7d32,color:#1b1b1b",
        ["failure"] = "fill:#fdecea,stroke:#c62828,color:#1b1b1b",
        ["exception"] = "fill:#fce4ec,stroke:#ad1457,stroke-width:2px,color:#1b1b1b",
        ["incomplete"] = "fill:#fff8e1,stroke:#f9a825,stroke-dasharray:4 3,color:#1b1b1b",
        ["skipped"] = "fill:#f1f1f1,stroke:#9e9e9e,color:#555555",
        ["unknown"] = "fill:#ffffff,stroke:#9e9e9e,color:#1b1b1b",
    };

    /// <summary>How many flow names <see cref="Render"/> leaves out under <paramref name="maxNodes"/>.</summary>
    public static int HiddenCount(RunDigest digest, int maxNodes = DefaultMaxNodes) =>
        Math.Max(0, FlowTreeOrder.BreadthFirst(digest).Count - maxNodes);

    /// <summary>The diagram source, without the surrounding <c>```mermaid</c> fence.</summary>
    public static string Render(RunDigest digest, int maxNodes = DefaultMaxNodes)
    {
        var text = new StringBuilder("flowchart TD\n");
        var names = FlowTreeOrder.Select(digest, maxNodes);
        if (names.Count == 0)
        {
            text.Append("    empty[\"no flows recorded\"]\n");
            return text.ToString();
        }

        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var styles = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            // Ids are positional, so no flow name can break the syntax; the name lives in the label.
            var id = "f" + ids.Count.ToString(CultureInfo.InvariantCulture);
            ids[name] = id;
            var stats = digest.FindFlow(name);
            var detail = stats is null ? "" : "<br/>" + Label(FlowOutcomeText.Describe(stats));
            text.Append("    ").Append(id).Append("[\"").Append(Label(name)).Append(detail).Append("\"]\n");

            var style = FlowOutcomeText.StyleOf(stats?.WorstVerdict);
            if (!styles.TryGetValue(style, out var members))
            {
                members = new List<string>();
                styles[style] = members;
            }

            members.Add(id);
        }

        // Edges in node order read top-down like the drawing.
        // A loop, not Select((name, index)): LINQ over a tuple is generic code no precompiled image holds.
        var position = new Dictionary<string, int>(names.Count, StringComparer.Ordinal);
        for (var index = 0; index < names.Count; index++)
        {
            position[names[index]] = index;
        }

        var edges = digest.Tree.Edges
            .Where(e => ids.ContainsKey(e.Parent) && ids.ContainsKey(e.Child))
            .OrderBy(e => position[e.Parent])
            .ThenBy(e => position[e.Child]);
        foreach (var edge in edges)
        {
            var label = edge.Count > 1 ? "|" + DisplayFormat.Count(edge.Count) + "×|" : "";
            text.Append("    ").Append(ids[edge.Parent]).Append(" -->").Append(label).Append(' ').Append(ids[edge.Child]).Append('\n');
        }

        foreach (var style in StyleOrder.Where(styles.ContainsKey))
        {
            text.Append("    classDef ").Append(style).Append(' ').Append(StyleDefinitions[style]).Append('\n');
            text.Append("    class ").Append(string.Join(",", styles[style])).Append(' ').Append(style).Append('\n');
        }

        var hidden = HiddenCount(digest, maxNodes);
        if (hidden > 0)
        {
            text.Append("    %% ").Append(DisplayFormat.Count(hidden)).Append(" more flow names not drawn\n");
        }

        return text.ToString();
    }

    /// <summary>Escapes label text with Mermaid entity codes; <c>#</c> first, since the codes start with it.</summary>
    private static string Label(string text) =>
        MarkdownText.OneLine(text, 120)
            .Replace("#", "#35;")
            .Replace("\"", "#quot;")
            .Replace("<", "#lt;")
            .Replace(">", "#gt;")
            .Replace("`", "#96;");
}
