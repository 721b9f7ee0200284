using System.Text;
using Ucwa.Conformance.Engine.Exchanges;
using Ucwa.Conformance.Engine.Fixtures;

namespace Ucwa.Conformance.Engine.Reporting;

/// <summary>
/// conformance-report.md, for people: the target, the requirement table, every case with its outcome, and
/// for each failed or inconclusive case its exchange, a curl line and the filter that reruns it.
/// </summary>
public static class MarkdownReport
{
    public static string Write(RunReport report)
    {
        var md = new StringBuilder();
        md.AppendLine($"# addParticipant conformance report: {report.Name}").AppendLine();
        md.AppendLine($"Target: {report.Target}").AppendLine();
        md.AppendLine($"{report.Count(ReportOutcome.Passed)} passed, {report.Count(ReportOutcome.Failed)} failed, "
                      + $"{report.Count(ReportOutcome.Warning)} warnings, {report.Count(ReportOutcome.Inconclusive)} inconclusive, "
                      + $"{report.Count(ReportOutcome.Skipped)} skipped (cases in one format each).").AppendLine();
        foreach (var problem in report.Problems.Where(_ => report.Stopped is null)) md.AppendLine($"**Run problem:** {problem}").AppendLine();
        if (report.Stopped is { } stop)
            md.AppendLine($"**The run stopped at {stop.Step}**, before any case was sent:").AppendLine().AppendLine("```").AppendLine(stop.Reason).AppendLine("```").AppendLine();

        if (report.Profile is { } profile)
        {
            md.AppendLine("## Target profile (seen while signing in)").AppendLine();
            md.AppendLine("| Step | Request | Status | Media type | X-MS-UcwaVersion | Link relations |").AppendLine("|---|---|---|---|---|---|");
            foreach (var e in profile.Entries)
                md.AppendLine($"| {e.Step} | {e.Request} | {e.Status} | {e.MediaType ?? "—"} | {e.UcwaVersion ?? "—"} | {string.Join(", ", e.LinkRels)} |");
            md.AppendLine();
        }

        md.AppendLine("## Requirements").AppendLine();
        md.AppendLine("| ID | Level | JSON | XML |").AppendLine("|---|---|---|---|");
        foreach (var r in report.Requirements)
            md.AppendLine($"| {r.Requirement.Id} | {r.Requirement.Level} | {r.Json ?? "—"} | {r.Xml ?? "—"} |");

        md.AppendLine().AppendLine("## Cases").AppendLine();
        md.AppendLine("| Case | Outcome | Summary |").AppendLine("|---|---|---|");
        foreach (var c in report.Cases)
            md.AppendLine($"| {c.Name} | {c.Outcome} | {Cell(c.Case.Summary)} |");

        var details = report.Cases.Where(c => c.Outcome is ReportOutcome.Failed or ReportOutcome.Inconclusive or ReportOutcome.Warning && c.Result is not null).ToList();
        if (details.Count > 0) md.AppendLine().AppendLine("## Failed, warning and inconclusive cases");
        foreach (var c in details)
        {
            md.AppendLine().AppendLine($"### {c.Name}: {c.Outcome}").AppendLine();
            md.AppendLine("```").AppendLine(c.Message).AppendLine("```").AppendLine();
            md.AppendLine("Rerun it: `" + Repro.Rerun(report.RerunSettings, c.Name) + "`").AppendLine();
            if (Repro.Curl(c.Result!) is { } curl) md.AppendLine("By hand:").AppendLine().AppendLine("```sh").AppendLine(curl).AppendLine("```").AppendLine();
            md.AppendLine("Exchange:").AppendLine().AppendLine("```").AppendLine(Transcript.Of(c.Result!.Exchange)).AppendLine("```");
        }

        return md.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
