using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using FlowTest.Artifacts.Digest;

namespace FlowTest.Artifacts.Rendering;

/// <content>Top issues: each failure with where, when, its path, evidence and what the catalog says.</content>
internal static partial class AskRenderer
{
    private static void AppendIssues(StringBuilder md, AskContext context, AskLayout layout)
    {
        md.Append("## Top issues\n\n");
        var digest = context.Digest;
        var issues = TopIssues.Select(digest, layout.Issues);
        if (issues.Count == 0)
        {
            AppendFailingVerdicts(md, context, layout);
            return;
        }

        var number = 1;
        foreach (var (failure, why) in issues)
        {
            AppendIssue(md, context, layout, number++, failure, why);
        }

        var all = TopIssues.Select(digest, int.MaxValue).Count;
        if (all > issues.Count)
        {
            md.Append("_").Append(DisplayFormat.Count(all - issues.Count))
                .Append(" more issues are left out to keep this file small; see summary.md._\n\n");
        }
    }

    /// <summary>Without failure events, the flows that ended badly are the issues (woven results, failed tests).</summary>
    private static void AppendFailingVerdicts(StringBuilder md, AskContext context, AskLayout layout)
    {
        var failing = context.Digest.EndedFailing;
        if (failing.Count == 0)
        {
            md.Append("No failure or exception was recorded.\n\n");
            return;
        }

        md.Append("No failure or exception event was recorded, but these flows ended with a failing verdict ")
            .Append("(a woven method's result said so, or a test failed). Their start locations are where to look:\n\n");
        foreach (var flow in failing.Take(Math.Max(1, layout.Issues)))
        {
            md.Append("- ").Append(MarkdownText.Code(flow.Name)).Append(" ended `").Append(FlowOutcomeText.StyleOf(flow.Verdict)).Append('`');
            if (flow.Location is { } location)
            {
                md.Append(", started at ").Append(MarkdownText.Code(location));
            }

            md.Append(" (flow_id ").Append(MarkdownText.Code(flow.FlowId ?? "?")).Append(")\n");
        }

        md.Append('\n');
    }

    private static void AppendIssue(StringBuilder md, AskContext context, AskLayout layout, int number, FailureRecord failure, string why)
    {
        md.Append("### ").Append(DisplayFormat.Count(number)).Append(". ").Append(MarkdownText.Text(failure.Title, 120))
            .Append(" in ").Append(MarkdownText.Code(failure.FlowName)).Append(" (").Append(why).Append(")\n\n");

        var what = failure.IsException ? failure.Exception?.Message ?? failure.Reason : failure.Reason;
        if (!string.IsNullOrEmpty(what))
        {
            md.Append("- what: ").Append(MarkdownText.Text(what, 400));
            if (!failure.IsException && failure.Severity is { } severity)
            {
                md.Append(" (severity ").Append(MarkdownText.Text(severity)).Append(')');
            }

            md.Append('\n');
        }

        if (failure.Location is { } location)
        {
            md.Append("- where: ").Append(MarkdownText.Code(location));
            if (failure.Code?.Member is { } member)
            {
                md.Append(" in ").Append(MarkdownText.Code(member));
            }

            md.Append('\n');
        }

        md.Append("- when: ").Append(DisplayFormat.Clock(failure.Timestamp)).Append(", failure ")
            .Append(DisplayFormat.Count(failure.Number)).Append(" of ").Append(DisplayFormat.Count(context.Digest.FailureCount));
        if (failure.Step is { } step)
        {
            md.Append(", step ").Append(MarkdownText.Code(step));
        }

        md.Append('\n');
        md.Append("- path: ").Append(string.Join(" › ", failure.Path.Select(p => MarkdownText.Code(p))));
        if (failure.FlowId is { } flowId)
        {
            md.Append(" (flow_id ").Append(MarkdownText.Code(flowId)).Append(')');
        }

        md.Append('\n');
        if (failure.Correlation.Count > 0)
        {
            md.Append("- correlation: ").Append(string.Join(", ", failure.Correlation
                .OrderBy(c => c.Key, StringComparer.Ordinal)
                .Select(c => MarkdownText.Code(c.Key + "=" + c.Value, 120)))).Append('\n');
        }

        AppendCatalogFacts(md, context, failure);
        md.Append('\n');

        if (failure.PayloadJson is { } payload)
        {
            md.Append("Evidence");
            if (failure.RedactedFields.Count > 0)
            {
                md.Append(" (redacted: ").Append(string.Join(", ", failure.RedactedFields.Select(f => MarkdownText.Code(f)))).Append(')');
            }

            md.Append(":\n\n").Append(MarkdownText.Fence(PayloadText.Cap(payload, layout.EvidenceChars)!, "json")).Append('\n');
        }

        if (failure.Exception?.Stack is { Length: > 0 } stack && layout.StackLines > 0)
        {
            var lines = stack.Replace("\r\n", "\n").Split('\n');
            md.Append("Stack (").Append(lines.Length > layout.StackLines ? "top " + DisplayFormat.Count(layout.StackLines) + " lines" : "as recorded")
                .Append("):\n\n")
                .Append(MarkdownText.Fence(string.Join("\n", lines.Take(layout.StackLines).Select(l => MarkdownText.Cut(l, 300))), "text"))
                .Append('\n');
        }
    }

    private static void AppendCatalogFacts(StringBuilder md, AskContext context, FailureRecord failure)
    {
        var definition = context.Catalog.Find(failure.FlowName);
        if (definition is null)
        {
            return;
        }

        if (!string.IsNullOrEmpty(definition.Description))
        {
            md.Append("- intent (flows.yaml): ").Append(MarkdownText.Text(definition.Description, 300)).Append('\n');
        }

        if (definition.SuccessCriteria.Count > 0)
        {
            md.Append("- success criteria: ").Append(string.Join("; ", definition.SuccessCriteria.Select(c => MarkdownText.Code(c, 200)))).Append('\n');
        }

        if (definition.FailureClasses.Count > 0)
        {
            md.Append("- declared failure classes: ").Append(string.Join(", ", definition.FailureClasses.Select(c => MarkdownText.Code(c))));
            if (failure.FailureClass is { } failureClass && !DeclaredFailureClasses.IsDeclared(definition, failureClass))
            {
                md.Append(" (").Append(MarkdownText.Code(failureClass)).Append(" is not among them)");
            }

            md.Append('\n');
        }

        var refs = CodeRefsOf(context, failure).ToList();
        if (refs.Count > 0)
        {
            md.Append("- code_refs: ").Append(string.Join(", ", refs.Select(r => MarkdownText.Code(r, 300)))).Append('\n');
        }
    }

    /// <summary>The catalog's code_refs of the failing flow, then of its ancestors (nearest first).</summary>
    private static IEnumerable<string> CodeRefsOf(AskContext context, FailureRecord failure) =>
        failure.Path.Reverse()
            .Select(name => context.Catalog.Find(name))
            .Where(d => d is not null)
            .SelectMany(d => d!.CodeRefs)
            .Distinct(StringComparer.Ordinal);
}
