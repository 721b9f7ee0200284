using System.Text;

namespace Ucwa.Conformance.Engine.Reporting;

/// <summary>
/// The run for a CI job's summary page (GitHub's <c>GITHUB_STEP_SUMMARY</c>): plain Markdown, no HTML, short:
/// the counts, the requirement table, then each failed, warning or inconclusive case with its message.
/// </summary>
public static class StepSummary
{
    /// <summary>The CI variable naming the file a job appends its summary to.</summary>
    public const string Variable = "GITHUB_STEP_SUMMARY";

    public static string Write(RunReport report)
    {
        var md = new StringBuilder();
        md.AppendLine($"## addParticipant conformance: {report.Name}").AppendLine();
        md.AppendLine($"Target: `{report.Target}`").AppendLine();
        md.AppendLine($"**{report.Count(ReportOutcome.Passed)} passed, {report.Count(ReportOutcome.Failed)} failed, "
                      + $"{report.Count(ReportOutcome.Warning)} warnings, {report.Count(ReportOutcome.Inconclusive)} inconclusive, "
                      + $"{report.Count(ReportOutcome.Skipped)} skipped** (cases in one format each)").AppendLine();
        foreach (var problem in report.Problems) md.AppendLine($"- **Run problem:** {problem}");
        if (report.Problems.Count > 0) md.AppendLine();

        md.AppendLine("| Requirement | Level | Outcome | JSON | XML |").AppendLine("|---|---|---|---|---|");
        foreach (var r in report.Requirements)
            md.AppendLine($"| {r.Requirement.Id} | {r.Requirement.Level} | {Mark(r.Outcome)} | {Mark(r.Json)} | {Mark(r.Xml)} |");

        var notPassed = report.Cases.Where(c => c.Outcome is ReportOutcome.Failed or ReportOutcome.Warning or ReportOutcome.Inconclusive).ToList();
        if (notPassed.Count > 0) md.AppendLine().AppendLine("### Failed, warning and inconclusive cases");
        foreach (var c in notPassed)
        {
            md.AppendLine().AppendLine($"**{c.Name}**: {c.Outcome}").AppendLine();
            md.AppendLine("```").AppendLine(c.Message).AppendLine("```");
        }

        return md.AppendLine().ToString();
    }

    /// <summary>Appends the summary to the file <see cref="Variable"/> names, when it is set (in CI); returns whether it did.</summary>
    public static bool AppendIfRequested(RunReport report, Func<string, string?> environment)
    {
        if (environment(Variable) is not { Length: > 0 } file) return false;
        File.AppendAllText(file, Write(report));
        return true;
    }

    private static string Mark(string? outcome) => outcome switch
    {
        null => "—",
        ReportOutcome.Passed => "✅ passed",
        ReportOutcome.Failed => "❌ failed",
        ReportOutcome.Warning => "⚠️ warning",
        ReportOutcome.Inconclusive => "❔ inconclusive",
        _ => outcome,
    };
}
