using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace FlowTest.Artifacts.Rendering;

/// <content>Goal, run header, flow sketch, other findings and the asks.</content>
internal static partial class AskRenderer
{
    private static void AppendGoal(StringBuilder md, AskContext context)
    {
        var header = context.Header;
        md.Append("# Diagnose FlowTest run ").Append(MarkdownText.Code(header.RunId))
            .Append(" (").Append(MarkdownText.Text(header.Status)).Append(")\n\n");
        md.Append("## Goal\n\n");
        if (context.HasFailures)
        {
            md.Append("Find the root cause of the first failure(s) below, propose the smallest patch that fixes it, ")
                .Append("and add a test that fails before the patch and passes after it.\n\n");
        }
        else if (context.Digest.HasProblems)
        {
            md.Append("No failure was recorded, but some flows never reached a verdict. Find out why they did not finish, ")
                .Append("propose the smallest patch, and add a test that proves every flow now ends with a verdict.\n\n");
        }
        else
        {
            md.Append("No failure was recorded in this run. Review the findings below (if any) and suggest where the flows ")
                .Append("need sharper success criteria or more checkpoints.\n\n");
        }

        md.Append("The evidence below comes from the run's trace and is ground truth. Values shown as `REDACTED` ")
            .Append("(or `sha256:…`) were removed on purpose: do not ask for them. Flow names map to code through ")
            .Append("`[Flow(\"name\")]` attributes, `Flow.Start(\"name\")` calls and the catalog `.flowtest/flows.yaml`.\n\n");
    }

    private static void AppendRun(StringBuilder md, AskContext context)
    {
        var header = context.Header;
        var digest = context.Digest;
        md.Append("## Run\n\n");
        md.Append("- run: ").Append(MarkdownText.Code(header.RunId)).Append(", status **").Append(MarkdownText.Text(header.Status)).Append("**");
        var started = header.StartedAt ?? digest.Run.StartedAt;
        if (started is { } s)
        {
            md.Append(", started ").Append(DisplayFormat.Timestamp(s));
        }

        var duration = header.EffectiveDurationMs
            ?? (started is { } a && (header.EndedAt ?? digest.Run.EndedAt) is { } b ? (b - a).TotalMilliseconds : null);
        if (duration is { } d)
        {
            md.Append(", took ").Append(DisplayFormat.Duration(d));
        }

        md.Append('\n');
        AppendItem(md, "command", MarkdownText.Code(header.Command ?? digest.Run.Command));
        var machine = header.Machine ?? digest.Run.Machine;
        var git = header.GitBranch is null && header.GitSha is null
            ? null
            : MarkdownText.Code(header.GitBranch ?? "?") + " @ " + MarkdownText.Code(header.GitSha ?? "?");
        AppendItem(md, "where", string.Join(", ", new[]
        {
            machine is null ? null : "machine " + MarkdownText.Text(machine),
            git is null ? null : "git " + git,
            (header.FlowTestVersion ?? digest.Run.FlowTestVersion) is { } version ? "FlowTest " + MarkdownText.Text(version) : null,
        }.Where(p => p is not null)));
        md.Append("- flows: ").Append(DisplayFormat.Count(digest.FlowsStarted)).Append(" started; ")
            .Append(DisplayFormat.Count(digest.Verdicts.Success)).Append(" success, ")
            .Append(DisplayFormat.Count(digest.Verdicts.Failure)).Append(" failure, ")
            .Append(DisplayFormat.Count(digest.Verdicts.Exception)).Append(" exception, ")
            .Append(DisplayFormat.Count(digest.Verdicts.Skipped)).Append(" skipped, ")
            .Append(DisplayFormat.Count(digest.Verdicts.Incomplete)).Append(" incomplete, ")
            .Append(DisplayFormat.Count(digest.OpenFlowCount)).Append(" never ended\n");
        AppendItem(md, "files", string.Join(", ", new[]
        {
            header.SummaryPath is { } summary ? "summary " + MarkdownText.Code(summary, 1000) : null,
            header.TracePath is { } trace ? "trace " + MarkdownText.Code(trace, 1000) : null,
        }.Where(p => p is not null)));
        md.Append('\n');
    }

    private static void AppendSketch(StringBuilder md, AskContext context, AskLayout layout)
    {
        if (layout.SketchLines <= 0)
        {
            return;
        }

        md.Append("## Flow sketch\n\n");
        md.Append("Flow names nested as they started inside each other. `N×` is how often a flow started under that parent ")
            .Append("(`of M` when it started M times in all); failure counts are per flow name over the whole run.\n\n");
        md.Append(MarkdownText.Fence(FlowSketch.Render(context.Digest, layout.SketchLines), "text")).Append('\n');
    }

    private static void AppendNoticed(StringBuilder md, AskContext context, AskLayout layout)
    {
        var items = new List<string>();
        var digest = context.Digest;
        foreach (var open in digest.OpenFlows.Take(layout.NoticedItems))
        {
            items.Add("never ended: " + MarkdownText.Code(open.Name) + " started " + DisplayFormat.Clock(open.StartedAt)
                + (open.Location is null ? "" : " at " + MarkdownText.Code(open.Location)));
        }

        foreach (var incomplete in digest.EndedIncomplete.Take(layout.NoticedItems))
        {
            items.Add("ended without a verdict: " + MarkdownText.Code(incomplete.Name)
                + (incomplete.Location is null ? "" : " started at " + MarkdownText.Code(incomplete.Location)));
        }

        foreach (var outlier in context.Outliers.Take(layout.NoticedItems))
        {
            items.Add("slow: " + MarkdownText.Code(outlier.Flow.Name) + " took " + DisplayFormat.Duration(outlier.Flow.DurationMs ?? 0)
                + " (limit: " + outlier.Limit + " " + DisplayFormat.Duration(outlier.LimitMs) + ")"
                + (outlier.Flow.Location is null ? "" : " at " + MarkdownText.Code(outlier.Flow.Location)));
        }

        foreach (var (flow, failureClass, _) in context.Undeclared.Take(layout.NoticedItems))
        {
            items.Add("undeclared failure class: " + MarkdownText.Code(flow.Name) + " recorded " + MarkdownText.Code(failureClass)
                + ", not in its `failure_classes` in flows.yaml");
        }

        if (items.Count == 0)
        {
            return;
        }

        md.Append("## Also noticed\n\n");
        foreach (var item in items)
        {
            md.Append("- ").Append(item).Append('\n');
        }

        md.Append('\n');
    }

    private static void AppendAsks(StringBuilder md, AskContext context, AskLayout layout)
    {
        md.Append("## Asks\n\n");
        var places = PlacesToRead(context, layout);
        var step = 1;
        if (places.Count > 0)
        {
            md.Append(DisplayFormat.Count(step++)).Append(". Start reading at ").Append(string.Join(", ", places)).Append(".\n");
        }

        if (context.HasFailures)
        {
            md.Append(DisplayFormat.Count(step++)).Append(". Explain the root cause of issue 1 in 3–6 bullets that name flows and `file:line`.\n");
            md.Append(DisplayFormat.Count(step++)).Append(". Say which other issues follow from it and which are independent.\n");
            md.Append(DisplayFormat.Count(step++)).Append(". Propose a minimal patch: files, members and why it fixes the cause rather than the symptom; keep the flow markers intact.\n");
            md.Append(DisplayFormat.Count(step++)).Append(". Write a test that reproduces issue 1: it fails before the patch and passes after it.\n");
        }
        else
        {
            md.Append(DisplayFormat.Count(step++)).Append(". Explain each finding above in one or two bullets that name flows and `file:line`.\n");
            md.Append(DisplayFormat.Count(step++)).Append(". Propose the smallest change for each real problem, and a test that proves it.\n");
        }

        md.Append(DisplayFormat.Count(step)).Append(". List the risks of the change and the commands to confirm it (for example `dotnet test`).\n");
    }

    /// <summary>The failing lines first, then the catalog's code_refs for files no failing line is in.</summary>
    private static IReadOnlyList<string> PlacesToRead(AskContext context, AskLayout layout)
    {
        var issues = TopIssues.Select(context.Digest, layout.Issues);
        var lines = issues.Select(i => i.Failure.Location)
            .Concat(issues.Count == 0 ? context.Digest.EndedFailing.Select(f => f.Location) : Enumerable.Empty<string?>())
            .Concat(issues.Count == 0 ? context.Digest.OpenFlows.Select(f => f.Location) : Enumerable.Empty<string?>())
            .OfType<string>()
            .Distinct(System.StringComparer.Ordinal)
            .ToList();
        var files = new HashSet<string>(lines.Select(FileOf), System.StringComparer.Ordinal);
        var refs = issues.SelectMany(i => CodeRefsOf(context, i.Failure)).Where(files.Add);
        return lines.Concat(refs).Take(8).Select(p => MarkdownText.Code(p)).ToList();
    }

    /// <summary>The file of a <c>file:line</c> location (a Windows drive colon is not a line separator).</summary>
    private static string FileOf(string location)
    {
        var colon = location.LastIndexOf(':');
        return colon > 1 && location.Substring(colon + 1).All(char.IsDigit) ? location.Substring(0, colon) : location;
    }

    private static void AppendItem(StringBuilder md, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            md.Append("- ").Append(name).Append(": ").Append(value).Append('\n');
        }
    }
}
